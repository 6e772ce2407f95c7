//! The indexed rules find exactly the pairs that comparing every pair finds: each rule's
//! `collisions` against the pairwise predicate it replaced, on random sets of documents drawn
//! from names, namespaces, pools and routes chosen to collide often.

use super::testing::ms;
use super::{cluster_rbac_name_collision, duplicate_name, epp_name_collision, legacy_pool_deletion};
use super::{route_match_collision, Doc, Names};
use crate::config::Settings;
use crate::model::ModelService;
use serde_json::{json, Value};

type Pred = dyn Fn(&Doc, &Doc) -> bool;
type Collisions = for<'a> fn(&[Doc<'a>], &Settings) -> Vec<(Doc<'a>, Doc<'a>)>;

fn pairs(found: Vec<(Doc, Doc)>) -> Vec<(usize, usize)> {
    found.iter().map(|(later, earlier)| (later.index, earlier.index)).collect()
}

/// The reference: for each document that repeats no earlier one, the first earlier `pred` pairs
/// it with, found by comparing it with every earlier document.
fn pairwise(docs: &[Doc], pred: &Pred) -> Vec<(usize, usize)> {
    let same = |a: &Doc, b: &Doc| a.namespace() == b.namespace() && a.name() == b.name();
    let mut out = Vec::new();
    for (j, later) in docs.iter().enumerate() {
        let earlier = &docs[..j];
        if earlier.iter().any(|e| same(e, later)) {
            continue;
        }
        if let Some(e) = earlier.iter().find(|e| pred(e, later)) {
            out.push((later.index, e.index));
        }
    }
    out
}

fn duplicates(docs: &[Doc]) -> Vec<(usize, usize)> {
    let same = |a: &Doc, b: &Doc| a.namespace() == b.namespace() && a.name() == b.name();
    let mut out = Vec::new();
    for (j, later) in docs.iter().enumerate() {
        if let Some(e) = docs[..j].iter().find(|e| same(e, later)) {
            out.push((later.index, e.index));
        }
    }
    out
}

fn route(d: &Doc, s: &Settings) -> Option<(String, String, Vec<String>)> {
    match &d.ms.spec.http_route {
        Some(r) => {
            let g = &r.gateway_ref;
            let ns = if g.namespace.is_empty() { d.namespace().to_string() } else { g.namespace.clone() };
            Some((ns, g.name.clone(), r.hostnames.clone()))
        }
        None if !s.epp.default_gateway_name.is_empty() => {
            Some(("llm-d".into(), s.epp.default_gateway_name.clone(), Vec::new()))
        }
        None => None,
    }
}

fn hosts_overlap(a: &[String], b: &[String]) -> bool {
    let covers = |w: &str, h: &str| w.strip_prefix("*.").is_some_and(|suffix| h.ends_with(&format!(".{suffix}")));
    let one = |a: &str, b: &str| a == b || covers(a, b) || covers(b, a);
    a.is_empty() || b.is_empty() || a.iter().any(|x| b.iter().any(|y| one(x, y)))
}

fn references(s: &Settings) -> Vec<(&'static str, Box<Pred>)> {
    let pool = |d: &Doc| d.ms.spec.inference_pool.is_some();
    let deletes = |by: &Doc, victim: &Doc| by.namespace() == victim.namespace() && by.epp == victim.name();
    let auth = s.epp.metrics_endpoint_auth;
    let s1 = s.clone();
    vec![
        (
            epp_name_collision::CODE,
            Box::new(|a: &Doc, b: &Doc| a.namespace() == b.namespace() && a.name() != b.name() && a.epp == b.epp),
        ),
        (
            cluster_rbac_name_collision::CODE,
            Box::new(move |a: &Doc, b: &Doc| {
                auth && a.namespace() != b.namespace() && a.cluster_rbac == b.cluster_rbac && (pool(a) || pool(b))
            }),
        ),
        (legacy_pool_deletion::CODE, Box::new(move |a: &Doc, b: &Doc| deletes(a, b) || deletes(b, a))),
        (
            route_match_collision::CODE,
            Box::new(move |a: &Doc, b: &Doc| {
                a.name() == b.name()
                    && a.namespace() != b.namespace()
                    && match (route(a, &s1), route(b, &s1)) {
                        (Some((n1, g1, h1)), Some((n2, g2, h2))) => n1 == n2 && g1 == g2 && hosts_overlap(&h1, &h2),
                        _ => false,
                    }
            }),
        ),
    ]
}

/// Documents that collide in every way the rules know: names that sanitize alike, EPP names,
/// `<namespace>-<name>` overlaps, routes with wildcard and nested hostnames.
const NAMES: [&str; 7] = ["a", "a.b", "a-b", "a-b-epp", "b-c", "b.c", "c"];
const NAMESPACES: [&str; 3] = ["x", "a", "a-b"];
const SPECS: usize = 9;

fn pool_of_documents() -> Vec<ModelService> {
    let route = |hosts: Value, gw: &str| json!({"spec": {"httpRoute": {"gatewayRef": {"name": gw, "namespace": "infra"}, "hostnames": hosts}}});
    let specs = [
        json!({}),
        json!({"spec": {"inferencePool": {"endpointPicker": {}}}}),
        route(json!([]), "gw"),
        route(json!(["a.example.com"]), "gw"),
        route(json!(["*.example.com"]), "gw"),
        route(json!(["b.example.com", "*.a.example.com"]), "gw"),
        route(json!(["x.a.example.com"]), "gw"),
        route(json!(["*.com"]), "gw"),
        route(json!(["a.example.com"]), "gw2"),
    ];
    let mut out = Vec::new();
    assert_eq!(specs.len(), SPECS);
    for n in NAMES {
        for ns in NAMESPACES {
            for spec in &specs {
                out.push(ms(n, ns, spec.clone()));
            }
        }
    }
    out
}

#[test]
fn indexed_rules_find_what_every_pair_finds() {
    let pool = pool_of_documents();
    let mut no_gateway = Settings::default();
    no_gateway.epp.default_gateway_name = String::new();
    no_gateway.epp.metrics_endpoint_auth = false;
    let settings = [Settings::default(), no_gateway];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut found = [0usize; 5];
    for round in 0..4000 {
        // Two names, two namespaces and three specs per round, so collisions are common.
        let pick = |next: &mut dyn FnMut(usize) -> usize, n: usize| [next(n), next(n), next(n)];
        let (mut names, mut namespaces, mut specs) =
            (pick(&mut next, NAMES.len()), pick(&mut next, NAMESPACES.len()), pick(&mut next, SPECS));
        if round % 3 == 0 {
            // `a` + `b-c` (or `b.c`) and `a-b` + `c`: one ClusterRole name; without a pool or with.
            (names, namespaces, specs) = ([4 + next(2), 6, 0], [1, 2, 0], [0, 1, 1]);
        }
        let len = 1 + next(9);
        let indexed: Vec<(usize, &ModelService)> = (0..len)
            .map(|i| {
                let (n, ns, sp) = (names[next(2)], namespaces[next(2)], specs[next(3)]);
                (i * 2 + 1, &pool[(n * NAMESPACES.len() + ns) * SPECS + sp])
            })
            .collect();
        let names = Names::of(&indexed);
        let docs = names.docs(&indexed);
        let s = &settings[round % 2];
        let dup = pairs(duplicate_name::collisions(&docs, s));
        assert_eq!(dup, duplicates(&docs), "duplicate-name, round {round}");
        found[0] += dup.len();
        let indexed_rules: [Collisions; 4] = [
            epp_name_collision::collisions,
            cluster_rbac_name_collision::collisions,
            legacy_pool_deletion::collisions,
            route_match_collision::collisions,
        ];
        for (i, ((code, pred), rule)) in references(s).iter().zip(indexed_rules).enumerate() {
            let got = pairs(rule(&docs, s));
            assert_eq!(got, pairwise(&docs, pred.as_ref()), "{code}, round {round}");
            found[i + 1] += got.len();
        }
    }
    // Every rule met many collisions, so the comparison covered what it claims to.
    assert!(found.iter().all(|n| *n > 100), "collisions per rule: {found:?}");
}
