//! Shared by the `image-*` rules: which llm-d release an image is, what operator v1.0.1 makes that
//! image run, and the release boundaries at which that stops being accepted. Facts come from the
//! upstream sources at their tags (llm-d-inference-scheduler, renamed llm-d-router at v0.9.0;
//! llm-d-routing-sidecar; gateway-api-inference-extension), listed in docs/rules.md.
//!
//! Only images named like an llm-d release (any registry: mirrors count) with a release tag
//! (`v0.8.0`, `0.0.8`, `v0.9.0-rc.1`, `v0.2.0-RC1`) are judged; `latest`, digests and other
//! tags cannot be ordered and get no finding.

use super::{spec_path, Ctx};
use crate::builders::serving_deployment::engine_port;
use crate::builders::{epp_deployment, routing_proxy};
use crate::config::{EppConfig, Profile};
use crate::diagnostics::{Diagnostic, FieldPath, Severity};
use crate::model::{ModelService, RoutingProxySpec};
use std::cell::OnceCell;
use std::cmp::Ordering;

/// `(major, minor, patch, rc)`; a final release sorts after its release candidates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Release(pub u32, pub u32, pub u32, pub Option<u32>);

impl Ord for Release {
    fn cmp(&self, o: &Self) -> Ordering {
        let rc = |r: Option<u32>| r.unwrap_or(u32::MAX);
        (self.0, self.1, self.2, rc(self.3)).cmp(&(o.0, o.1, o.2, rc(o.3)))
    }
}

impl PartialOrd for Release {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Release {
    /// `v0.8.0`, `0.0.8`, `v0.9.0-rc.1`, `v0.2.0-RC1`; anything else is not orderable.
    pub fn parse(tag: &str) -> Option<Release> {
        let t = tag.strip_prefix('v').unwrap_or(tag);
        let (core, pre) = match t.split_once('-') {
            Some((c, p)) => (c, Some(p)),
            None => (t, None),
        };
        let num = |s: &str| (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten();
        let mut parts = core.split('.');
        let (a, b, c) = (num(parts.next()?)?, num(parts.next()?)?, num(parts.next()?)?);
        if parts.next().is_some() {
            return None;
        }
        let rc = match pre {
            None => None,
            Some(p) => Some(num(p.strip_prefix("rc.").or_else(|| p.strip_prefix("RC"))?)?),
        };
        Some(Release(a, b, c, rc))
    }
}

impl std::fmt::Display for Release {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "v{}.{}.{}", self.0, self.1, self.2)?;
        match self.3 {
            Some(n) => write!(f, "-rc.{n}"),
            None => Ok(()),
        }
    }
}

/// The first release published under the llm-d-router names.
pub const RENAMED_AT: Release = Release(0, 9, 0, Some(1));

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Component {
    /// The endpoint picker: llm-d-inference-scheduler, then llm-d-router-endpoint-picker.
    Epp,
    /// The routing sidecar: llm-d-routing-sidecar, then llm-d-router-disagg-sidecar.
    Sidecar,
}

impl Component {
    /// `(name before the rename, name from v0.9.0)`.
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            Component::Epp => ("llm-d-inference-scheduler", "llm-d-router-endpoint-picker"),
            Component::Sidecar => ("llm-d-routing-sidecar", "llm-d-router-disagg-sidecar"),
        }
    }

    /// The name a release is published under.
    pub fn name_at(self, r: Release) -> &'static str {
        let (old, new) = self.names();
        if r < RENAMED_AT {
            old
        } else {
            new
        }
    }

    /// Final releases, oldest first: the candidates for a fix.
    fn releases(self) -> &'static [Release] {
        const EPP: &[Release] = &[
            Release(0, 1, 0, None),
            Release(0, 2, 0, None),
            Release(0, 2, 1, None),
            Release(0, 3, 0, None),
            Release(0, 3, 1, None),
            Release(0, 3, 2, None),
            Release(0, 4, 0, None),
            Release(0, 5, 0, None),
            Release(0, 5, 1, None),
            Release(0, 6, 0, None),
            Release(0, 6, 1, None),
            Release(0, 7, 0, None),
            Release(0, 7, 1, None),
            Release(0, 8, 0, None),
            Release(0, 9, 0, None),
            Release(0, 10, 0, None),
        ];
        const SIDECAR: &[Release] = &[
            Release(0, 0, 5, None),
            Release(0, 0, 6, None),
            Release(0, 0, 7, None),
            Release(0, 0, 8, None),
            Release(0, 2, 0, None),
            Release(0, 3, 0, None),
            Release(0, 4, 0, None),
            Release(0, 5, 0, None),
            Release(0, 5, 1, None),
            Release(0, 6, 0, None),
            Release(0, 6, 1, None),
            Release(0, 7, 0, None),
            Release(0, 7, 1, None),
            Release(0, 8, 0, None),
            Release(0, 9, 0, None),
            Release(0, 10, 0, None),
        ];
        match self {
            Component::Epp => EPP,
            Component::Sidecar => SIDECAR,
        }
    }
}

/// One image the operator runs, with what it is made to run.
#[derive(Clone)]
pub struct ImageUse<'a> {
    pub component: Component,
    pub image: &'a str,
    /// `spec.…image`, or `options.images.…` when the operator's default image flag is used; made
    /// for a finding only ([`ImageUse::path`]).
    path_at: fn() -> FieldPath,
    /// True when the image is the operator's own default (the caller did not choose it).
    pub operator_default: bool,
    /// Everything before the name (`ghcr.io/llm-d/`), kept for the suggested fix.
    pub prefix: &'a str,
    /// `llm-d-inference-scheduler`, …
    pub name: &'a str,
    pub release: Release,
    /// What the container's arguments are made from, and the arguments once a boundary's trigger
    /// asked for them ([`ImageUse::args`]): most documents cross no boundary.
    args_of: ArgsOf<'a>,
    args: OnceCell<Vec<String>>,
    /// The EPP loads the P/D plugin config (`spec.prefill` is set).
    pub pd: bool,
    /// `routingProxy.connector` (the sidecar only).
    pub connector: &'a str,
    /// The name matches the release: published (renamed at v0.9.0, see `image-rename-boundary`).
    pub published: bool,
}

/// The inputs of the EPP's or the sidecar's argument list.
#[derive(Clone, Copy)]
enum ArgsOf<'a> {
    Epp(&'a ModelService, &'a EppConfig),
    Sidecar(&'a ModelService, &'a RoutingProxySpec, Profile),
}

/// `(prefix, name, tag)` of an image reference without a digest; `None` with a digest or no tag.
fn split(image: &str) -> Option<(&str, &str, &str)> {
    if image.contains('@') {
        return None;
    }
    let slash = image.rfind('/').map_or(0, |i| i + 1);
    let (prefix, last) = image.split_at(slash);
    let (name, tag) = last.split_once(':')?;
    Some((prefix, name, tag))
}

/// The EPP image (always deployed) and, with `routingProxy`, the sidecar image, when each is a
/// known llm-d image with an orderable release tag.
pub fn uses<'c, 'a>(ctx: &'c Ctx<'a>) -> &'c [ImageUse<'a>] {
    ctx.images.get_or_init(|| build_uses(ctx))
}

fn build_uses<'a>(ctx: &Ctx<'a>) -> Vec<ImageUse<'a>> {
    let (ms, s) = (ctx.ms, ctx.settings);
    let default = |path| crate::settings_table::default_text(ctx.profile.version, path);
    let mut out = Vec::new();
    let mut add = |component: Component, image: &'a str, path_at: fn() -> FieldPath, default: &str, args_of| {
        let Some((prefix, name, tag)) = split(image) else { return };
        let (old, new) = component.names();
        let Some(release) = Release::parse(tag).filter(|_| name == old || name == new) else { return };
        out.push(ImageUse {
            component,
            image,
            path_at,
            operator_default: image == default,
            prefix,
            name,
            release,
            args_of,
            args: OnceCell::new(),
            pd: ms.spec.prefill.is_some(),
            connector: ms.spec.routing_proxy.as_ref().map_or("", |rp| rp.connector.as_str()),
            published: name == component.name_at(release),
        });
    };
    let epp_args = ArgsOf::Epp(ms, &s.epp);
    match ms.spec.inference_pool.as_ref().map(|p| p.endpoint_picker.image.as_str()).filter(|i| !i.is_empty()) {
        Some(img) => {
            add(Component::Epp, img, || spec_path(&["inferencePool", "endpointPicker", "image"]), "", epp_args)
        }
        None => add(
            Component::Epp,
            &s.options.images.epp,
            || FieldPath::fields("options", &["images", "epp"]),
            default("options.images.epp"),
            epp_args,
        ),
    }
    if let Some(rp) = &ms.spec.routing_proxy {
        let args = ArgsOf::Sidecar(ms, rp, ctx.profile);
        match rp.image.as_str() {
            "" => add(
                Component::Sidecar,
                &s.options.images.routing_proxy,
                || FieldPath::fields("options", &["images", "routingProxy"]),
                default("options.images.routingProxy"),
                args,
            ),
            img => add(Component::Sidecar, img, || spec_path(&["routingProxy", "image"]), "", args),
        }
    }
    out
}

impl ImageUse<'_> {
    /// Where the image is set (or the option whose default it is).
    pub fn path(&self) -> FieldPath {
        (self.path_at)()
    }

    /// The container's arguments as the operator writes them.
    pub fn args(&self) -> &[String] {
        self.args.get_or_init(|| match self.args_of {
            ArgsOf::Epp(ms, epp) => {
                let replicas = ms.spec.inference_pool.as_ref().and_then(|p| p.endpoint_picker.replicas);
                epp_deployment::args(ms, epp, crate::names::default_replicas(replicas))
            }
            ArgsOf::Sidecar(ms, rp, profile) => {
                routing_proxy::args(rp, engine_port(ms), routing_proxy::target_port(ms), &profile)
            }
        })
    }

    /// The first of `flags` the operator passes (`--tracing` for `--tracing=false`).
    pub fn flag(&self, flags: &[&'static str]) -> Option<String> {
        let passed =
            |f: &str| self.args().iter().any(|a| a.strip_prefix(f).is_some_and(|r| r.is_empty() || r.starts_with('=')));
        flags.iter().find(|f| passed(f)).map(|f| f.to_string())
    }
}

/// A release boundary: from (or before) `at`, something operator v1.0.1 generates for this
/// component fails at start.
pub struct Boundary {
    pub code: &'static str,
    pub component: Component,
    /// `true`: releases from `at` on fail; `false`: releases before `at` fail.
    pub from: bool,
    pub at: Release,
    /// What the operator generates that fails (a flag, a config file), when it does here.
    pub trigger: fn(&ImageUse) -> Option<String>,
    /// What happens at start, after "<image> is <name> <tag>: "; `{flag}` is the trigger.
    pub failure: &'static str,
}

impl Boundary {
    pub fn crossed(&self, u: &ImageUse) -> bool {
        u.component == self.component && (u.release >= self.at) == self.from
    }
}

/// Every boundary except the connector values and the rename, which have their own tests.
pub static BOUNDARIES: &[&Boundary] = &[
    &super::image_epp_flags_unknown::BOUNDARY,
    &super::image_epp_pd_plugins_unknown::BOUNDARY,
    &super::image_epp_pd_gate_removed::BOUNDARY,
    &super::image_epp_pd_parameters_rejected::BOUNDARY,
    &super::image_sidecar_flags_unknown::BOUNDARY,
    &super::image_sidecar_zap_flags_unknown::BOUNDARY,
    &super::image_sidecar_connector_flag_removed::BOUNDARY,
];

/// True when release `r` of this use's component accepts everything generated here.
pub fn works(u: &ImageUse, r: Release) -> bool {
    let at = ImageUse { release: r, ..u.clone() };
    BOUNDARIES.iter().all(|b| !(b.crossed(&at) && (b.trigger)(&at).is_some()))
        && super::image_sidecar_connector_unsupported::supports(&at)
}

/// An image that runs what is generated here: the newest final release up to this one that
/// works, else the oldest after it; under the name it is published with, in the same registry.
pub fn fix(u: &ImageUse) -> Option<String> {
    let ok: Vec<Release> = u.component.releases().iter().copied().filter(|r| works(u, *r)).collect();
    let r = ok.iter().rev().find(|r| **r <= u.release).or_else(|| ok.iter().find(|r| **r > u.release))?;
    Some(format!("{}{}:{r}", u.prefix, u.component.name_at(*r)))
}

/// The finding of a crossed boundary, located at the image field.
pub fn finding(code: &'static str, u: &ImageUse, what: &str) -> Diagnostic {
    let tag = u.image.rsplit(':').next().unwrap_or_default();
    let d = Diagnostic::new(
        code,
        Severity::Warning,
        u.path(),
        format!("{} is {} {tag}: {what}", super::syntax::short(u.image), u.name),
    );
    match fix(u) {
        Some(f) => d.with_hint(format!("use {f}, which accepts what operator v1.0.1 generates here")),
        None => d,
    }
}

/// The rule body of a plain boundary. An image under a name its release is not published with
/// is only `image-rename-boundary`: it never starts.
pub fn check(ctx: &Ctx, b: &Boundary) -> Vec<Diagnostic> {
    uses(ctx)
        .iter()
        .filter(|u| u.published && b.crossed(u))
        .filter_map(|u| (b.trigger)(u).map(|flag| finding(b.code, u, &b.failure.replace("{flag}", &flag))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn releases_order_and_parse() {
        let p = |s: &str| Release::parse(s);
        assert_eq!(p("v0.8.0"), Some(Release(0, 8, 0, None)));
        assert_eq!(p("0.0.8"), Some(Release(0, 0, 8, None)));
        assert_eq!(p("v0.9.0-rc.2"), Some(Release(0, 9, 0, Some(2))));
        assert_eq!(p("v0.2.0-RC1"), Some(Release(0, 2, 0, Some(1))));
        for bad in
            ["latest", "main", "v0.6", "v0.3.2-with-sidecar-fix", "gaie-1.5-sync", "v0.8.0-dev", "v1.2.3.4", "v+1.0.0"]
        {
            assert_eq!(p(bad), None, "{bad}");
        }
        assert!(p("v0.8.0-rc.1") < p("v0.8.0-rc.2") && p("v0.8.0-rc.2") < p("v0.8.0") && p("v0.8.0") < p("v0.8.1"));
        assert!(p("0.0.8") < p("v0.2.0-RC1") && p("v0.7.1") < p("v0.8.0-rc.1"));
        assert_eq!(Release(0, 9, 0, Some(1)).to_string(), "v0.9.0-rc.1");
    }

    #[test]
    fn image_references() {
        assert_eq!(
            split("ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0"),
            Some(("ghcr.io/llm-d/", "llm-d-inference-scheduler", "v0.6.0"))
        );
        assert_eq!(
            split("registry.local:5000/llm-d-routing-sidecar:v0.6.0"),
            Some(("registry.local:5000/", "llm-d-routing-sidecar", "v0.6.0"))
        );
        assert_eq!(split("llm-d-routing-sidecar:0.0.8"), Some(("", "llm-d-routing-sidecar", "0.0.8")));
        assert_eq!(split("ghcr.io/llm-d/llm-d-inference-scheduler@sha256:abc"), None);
        assert_eq!(split("ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0@sha256:abc"), None);
        assert_eq!(split("registry.local:5000/llm-d-routing-sidecar"), None);
    }
}
