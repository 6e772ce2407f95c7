//! Structure-aware fuzzing: an `Arbitrary` ModelService-shaped document (every field may be
//! absent, `null`, a plausible value, or any JSON value at all) plus arbitrary `eppConfig` and
//! `options`, serialised to JSON and run through the API. Most inputs get past JSON parsing, and
//! plenty past the schema, so the lint rules and the builders see odd but well-typed values.
//!
//! Checked on every input: no panic, every answer is JSON, `render_json` is deterministic, and
//! when it renders, every Deployment's selector matches its pod template labels.

#![no_main]

use arbitrary::{Arbitrary, Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use modelservice_render::api;
use serde_json::{json, Map, Value};

/// Strings the code under test compares against, so the fuzzer hits the branches behind them.
const PALETTE: &[&str] = &[
    "",
    "a",
    "qwen3-0.6b",
    "Qwen3-32B",
    "9b",
    "a.b",
    "-x-",
    "a..b",
    "日本",
    "x y",
    "default",
    "ml-serving",
    "model.otterscale.io/v1alpha1",
    "ModelService",
    "nvidia",
    "amd",
    "intel-gaudi",
    "google",
    "cpu",
    "memory",
    "nvidia.com/gpu",
    "amd.com/gpu",
    "habana.ai/gaudi",
    "google.com/tpu",
    "example.com/foo",
    "1",
    "0",
    "-1",
    "500m",
    "64Gi",
    "1e3",
    "0.5",
    "1.5Gi",
    "1KB",
    "IfNotPresent",
    "Always",
    "Never",
    "VLLM_NIXL_SIDE_CHANNEL_PORT",
    "5600",
    "8000",
    "8200",
    "9002",
    "9003",
    "9090",
    "65536",
    "+5600",
    "--port",
    "--port 8000",
    "--served-model-name",
    "--tensor-parallel-size=2",
    "metadata.name",
    "spec.nodeName",
    "status.podIP",
    "v1",
    "nixlv2",
    "lmcache",
    "mooncake",
    "MooncakeConnector",
    "json",
    "console",
    "debug",
    "FailOpen",
    "FailClose",
    "istio",
    "gke",
    "none",
    "Istio",
    "v1.0.1",
    "v0.9.0-alpha.2",
    "devel",
    "http",
    "proxy",
    "nixl-side",
    "/metrics",
    "30s",
    "1m30s",
    "0s",
    "Exists",
    "Equal",
    "NoSchedule",
    "NoExecute",
    "kubernetes.io/hostname",
    "sidecar.istio.io/inject",
    "gateway",
    "llm-d",
    "*.example.com",
    "example.com",
    "ghcr.io/llm-d/llm-d-cuda:v0.5.1",
    "ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.0",
    "ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0",
    "registry.example.com/models/qwen3:v1",
    "$nonFinite",
    "NaN",
    "Infinity",
];

/// A string: from the palette, any string, or a long run of one character.
#[derive(Debug)]
struct S(String);

impl<'a> Arbitrary<'a> for S {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(S(match u.int_in_range(0u8..=9)? {
            0..=5 => (*u.choose(PALETTE)?).to_string(),
            6..=8 => String::arbitrary(u)?,
            _ => {
                let c = char::arbitrary(u)?;
                let n = u.int_in_range(0usize..=300)?;
                std::iter::repeat_n(c, n).collect()
            }
        }))
    }
}

/// A number (or a number-like value) where the schema wants an integer.
#[derive(Arbitrary, Debug)]
enum I {
    Small(i8),
    Port(u16),
    Any(i64),
    Huge(u64),
    Float(f64),
    NonFinite(u8),
    Str(S),
}

impl I {
    fn json(&self) -> Value {
        match self {
            I::Small(v) => json!(v),
            I::Port(v) => json!(v),
            I::Any(v) => json!(v),
            I::Huge(v) => json!(v),
            // serde_json turns a non-finite f64 into null.
            I::Float(v) => json!(v),
            I::NonFinite(k) => {
                let which = ["NaN", "Infinity", "-Infinity", "nan"].get(usize::from(*k % 4)).copied();
                json!({ "$nonFinite": which })
            }
            I::Str(s) => json!(s.0),
        }
    }
}

/// Any JSON value (bounded by the input size).
#[derive(Arbitrary, Debug)]
enum AnyJson {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(S),
    List(Vec<AnyJson>),
    Object(Vec<(S, AnyJson)>),
}

impl AnyJson {
    fn json(&self) -> Value {
        match self {
            AnyJson::Null => Value::Null,
            AnyJson::Bool(b) => json!(b),
            AnyJson::Int(i) => json!(i),
            AnyJson::Float(f) => json!(f),
            AnyJson::Str(s) => json!(s.0),
            AnyJson::List(l) => Value::Array(l.iter().map(AnyJson::json).collect()),
            AnyJson::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.0.clone(), v.json())).collect()),
        }
    }
}

/// A field: mostly a plausible value, sometimes absent, `null` or any JSON value.
#[derive(Debug)]
enum F<T> {
    Absent,
    Null,
    Val(T),
    Wild(AnyJson),
}

impl<'a, T: Arbitrary<'a>> Arbitrary<'a> for F<T> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(match u.int_in_range(0u8..=19)? {
            0..=11 => F::Val(T::arbitrary(u)?),
            12..=16 => F::Absent,
            17 => F::Null,
            _ => F::Wild(AnyJson::arbitrary(u)?),
        })
    }
}

trait ToJson {
    fn json(&self) -> Value;
}

impl ToJson for S {
    fn json(&self) -> Value {
        json!(self.0)
    }
}
impl ToJson for I {
    fn json(&self) -> Value {
        I::json(self)
    }
}
impl ToJson for bool {
    fn json(&self) -> Value {
        json!(self)
    }
}
impl<T: ToJson> ToJson for Vec<T> {
    fn json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::json).collect())
    }
}
/// A string map such as nodeSelector or annotations.
#[derive(Arbitrary, Debug)]
struct SMap(Vec<(S, S)>);
impl ToJson for SMap {
    fn json(&self) -> Value {
        Value::Object(self.0.iter().map(|(k, v)| (k.0.clone(), json!(v.0))).collect())
    }
}

/// Builds an object from `(name, field)` pairs, leaving absent fields out.
struct Obj(Map<String, Value>);
impl Obj {
    fn new() -> Self {
        Obj(Map::new())
    }
    fn f<T: ToJson>(mut self, k: &str, v: &F<T>) -> Self {
        match v {
            F::Absent => {}
            F::Null => {
                self.0.insert(k.into(), Value::Null);
            }
            F::Val(t) => {
                self.0.insert(k.into(), t.json());
            }
            F::Wild(w) => {
                self.0.insert(k.into(), w.json());
            }
        }
        self
    }
    fn extra(mut self, extra: &[(S, AnyJson)]) -> Value {
        for (k, v) in extra {
            self.0.insert(k.0.clone(), v.json());
        }
        Value::Object(self.0)
    }
    fn done(self) -> Value {
        Value::Object(self.0)
    }
}

macro_rules! obj {
    ($name:ident { $($field:ident : $key:literal : $ty:ty),* $(,)? } $(extra $extra:ident)?) => {
        #[derive(Arbitrary, Debug)]
        struct $name {
            $($field: F<$ty>,)*
            $($extra: Vec<(S, AnyJson)>,)?
        }
        impl ToJson for $name {
            fn json(&self) -> Value {
                let o = Obj::new()$(.f($key, &self.$field))*;
                obj!(@end o self $($extra)?)
            }
        }
    };
    (@end $o:ident $self:ident $extra:ident) => { $o.extra(&$self.$extra) };
    (@end $o:ident $self:ident) => { $o.done() };
}

/// A quantity: a string or an integer.
#[derive(Arbitrary, Debug)]
enum Q {
    Str(S),
    Int(I),
}
impl ToJson for Q {
    fn json(&self) -> Value {
        match self {
            Q::Str(s) => json!(s.0),
            Q::Int(i) => i.json(),
        }
    }
}
#[derive(Arbitrary, Debug)]
struct QMap(Vec<(S, Q)>);
impl ToJson for QMap {
    fn json(&self) -> Value {
        Value::Object(self.0.iter().map(|(k, v)| (k.0.clone(), v.json())).collect())
    }
}

obj!(Meta { name: "name": S, namespace: "namespace": S, uid: "uid": S, generation: "generation": I } extra extra);
obj!(LocalRef { name: "name": S });
obj!(Model { name: "name": S, image: "image": S, mount_path: "mountPath": S, pull: "imagePullSecrets": Vec<LocalRef> });
obj!(FieldRef { field_path: "fieldPath": S, api_version: "apiVersion": S });
obj!(KeyRef { name: "name": S, key: "key": S, optional: "optional": bool });
obj!(ResFieldRef { resource: "resource": S, container_name: "containerName": S, divisor: "divisor": Q });
obj!(EnvFrom { field_ref: "fieldRef": FieldRef, secret: "secretKeyRef": KeyRef, cm: "configMapKeyRef": KeyRef, res: "resourceFieldRef": ResFieldRef });
obj!(Env { name: "name": S, value: "value": S, value_from: "valueFrom": EnvFrom });
obj!(Engine { image: "image": S, policy: "imagePullPolicy": S, args: "args": Vec<S>, env: "env": Vec<Env>, port: "port": I });
obj!(Accel { kind: "type": S });
obj!(Par { tensor: "tensor": I, data: "data": I, data_local: "dataLocal": I });
obj!(Claim { name: "name": S, request: "request": S });
obj!(Res { requests: "requests": QMap, limits: "limits": QMap, claims: "claims": Vec<Claim> });
obj!(Tol { key: "key": S, operator: "operator": S, value: "value": S, effect: "effect": S, seconds: "tolerationSeconds": I });
obj!(Role {
    replicas: "replicas": I,
    parallelism: "parallelism": Par,
    resources: "resources": Res,
    node_selector: "nodeSelector": SMap,
    tolerations: "tolerations": Vec<Tol>,
    annotations: "annotations": SMap,
} extra extra);
obj!(Proxy {
    image: "image": S,
    connector: "connector": S,
    target_port: "targetPort": I,
    zap_encoder: "zapEncoder": S,
    zap_log_level: "zapLogLevel": S,
    secure: "secureProxy": bool,
    tls: "prefillerUseTLS": bool,
    cert: "certPath": S,
});
obj!(Ep { image: "image": S, replicas: "replicas": I, resources: "resources": Res, port: "port": I, failure: "failureMode": S });
obj!(Pool { ep: "endpointPicker": Ep });
obj!(GwRef { name: "name": S, namespace: "namespace": S });
obj!(Route { gw: "gatewayRef": GwRef, hostnames: "hostnames": Vec<S> });
obj!(PodMon { enabled: "enabled": bool, port_name: "portName": S, path: "path": S, interval: "interval": S });
obj!(Mon { pm: "podMonitor": PodMon });
obj!(Spec {
    model: "model": Model,
    engine: "engine": Engine,
    accelerator: "accelerator": Accel,
    decode: "decode": Role,
    prefill: "prefill": Role,
    routing_proxy: "routingProxy": Proxy,
    pool: "inferencePool": Pool,
    route: "httpRoute": Route,
    monitoring: "monitoring": Mon,
} extra extra);
obj!(Ms { api_version: "apiVersion": S, kind: "kind": S, metadata: "metadata": Meta, spec: "spec": Spec, status: "status": AnyJson } extra extra);
impl ToJson for AnyJson {
    fn json(&self) -> Value {
        AnyJson::json(self)
    }
}

obj!(Tracing { enabled: "enabled": bool, endpoint: "otelExporterEndpoint": S, sampler: "sampler": S, arg: "samplerArg": S });
obj!(Epp {
    provider: "provider": S,
    auth: "metricsEndpointAuth": bool,
    gateway: "defaultGatewayName": S,
    flags: "flags": SMap,
    tracing: "tracing": Tracing,
} extra extra);
obj!(Images { engine: "engine": S, epp: "epp": S, proxy: "routingProxy": S, kit: "kit": S });
obj!(Opts { images: "images": Images, version: "version": S, operator_version: "operatorVersion": S } extra extra);

#[derive(Arbitrary, Debug)]
struct Input {
    ms: Ms,
    epp: F<Epp>,
    opts: F<Opts>,
    pretty: bool,
    /// A second document for `diff_json`.
    after: Option<Ms>,
    /// The observed `{decode, prefill}` Deployments for `observe_status_json`.
    deployments: Option<(AnyJson, AnyJson)>,
}

/// `""` for an absent argument (the API's "not given").
fn arg(v: &F<impl ToJson>) -> String {
    match v {
        F::Absent => String::new(),
        F::Null => "null".into(),
        F::Val(t) => t.json().to_string(),
        F::Wild(w) => w.json().to_string(),
    }
}

fn parse(what: &str, out: &str) -> Value {
    match serde_json::from_str(out) {
        Ok(v) => v,
        Err(e) => panic!("{what} answered with invalid JSON ({e}): {out:.200}"),
    }
}

fn labels(v: Option<&Value>) -> Map<String, Value> {
    v.and_then(Value::as_object).cloned().unwrap_or_default()
}

fuzz_target!(|input: Input| {
    let doc = input.ms.json();
    let ms = if input.pretty { serde_json::to_string_pretty(&doc).unwrap_or_default() } else { doc.to_string() };
    let epp = arg(&input.epp);
    let opts = arg(&input.opts);

    let first = api::render_json(&ms, &epp, &opts);
    let out = parse("render_json", &first);
    assert_eq!(first, api::render_json(&ms, &epp, &opts), "render_json is not deterministic");
    for d in out.get("diagnostics").and_then(Value::as_array).into_iter().flatten() {
        for k in ["code", "severity", "message"] {
            assert!(d.get(k).is_some_and(Value::is_string), "diagnostic without {k}: {d}");
        }
    }
    for r in out.get("resources").and_then(Value::as_array).into_iter().flatten() {
        if r.get("kind").and_then(Value::as_str) != Some("Deployment") {
            continue;
        }
        let sel = labels(r.pointer("/spec/selector/matchLabels"));
        let pod = labels(r.pointer("/spec/template/metadata/labels"));
        assert!(!sel.is_empty(), "a Deployment with an empty selector: {r}");
        for (k, v) in &sel {
            assert_eq!(pod.get(k), Some(v), "selector label {k} not on the pod template of {r}");
        }
    }

    parse("lint_json", &api::lint_json(&ms, &epp, &opts));
    parse("names_json", &api::names_json(&ms, &opts));
    parse("explain_json", &api::explain_json(&ms, &epp, &opts));
    parse("summary_json", &api::summary_json(&ms, &epp, &opts));
    if let Some(after) = &input.after {
        parse("diff_json", &api::diff_json(&ms, &after.json().to_string(), &epp, &opts));
    }
    let status = match &input.deployments {
        Some((d, p)) => json!({"decode": d.json(), "prefill": p.json()}),
        None => json!({"decode": {"spec": {"replicas": 2}, "status": {"readyReplicas": 1}}, "prefill": null}),
    };
    parse("observe_status_json", &api::observe_status_json(&ms, &status.to_string()));
});
