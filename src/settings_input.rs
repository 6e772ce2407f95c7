//! Reads the partial `EppConfig` and `RenderOptions` a caller passes (JSON) and fills every
//! omitted field, at every depth, with the selected operator release's defaults. Mistakes are
//! diagnostics under `eppConfig.…` / `options.…`, never panics.

use crate::config::{OperatorVersion, Settings};
use crate::diagnostics::{Diagnostic, FieldPath};
use serde_json::{Map, Value};

const EPP_FIELDS: &[&str] = &["provider", "metricsEndpointAuth", "defaultGatewayName", "flags", "tracing"];
const TRACING_FIELDS: &[&str] = &["enabled", "otelExporterEndpoint", "sampler", "samplerArg"];
const OPTION_FIELDS: &[&str] = &["images", "version", "operatorVersion"];
const IMAGE_FIELDS: &[&str] = &["engine", "epp", "routingProxy", "kit"];
pub const PROVIDERS: &[&str] = &["istio", "gke", "none"];

struct Reader<'a> {
    diags: &'a mut Vec<Diagnostic>,
}

impl Reader<'_> {
    fn object<'v>(&mut self, v: &'v Value, path: &FieldPath, known: &[&str]) -> Option<&'v Map<String, Value>> {
        match v {
            Value::Null => None,
            Value::Object(m) => {
                for k in m.keys().filter(|k| !known.contains(&k.as_str())) {
                    let mut d =
                        Diagnostic::error("config/unknown-field", path.field(k), format!("unknown field \"{k}\""));
                    if let Some(s) = crate::diagnostics::closest(k, known) {
                        d = d.with_hint(format!("did you mean \"{s}\"?"));
                    }
                    self.diags.push(d);
                }
                Some(m)
            }
            other => {
                self.diags.push(type_error(path, "an object", other));
                None
            }
        }
    }

    fn string(&mut self, m: &Map<String, Value>, path: &FieldPath, key: &str, target: &mut String) {
        match m.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => *target = s.clone(),
            Some(other) => self.diags.push(type_error(&path.field(key), "a string", other)),
        }
    }

    fn boolean(&mut self, m: &Map<String, Value>, path: &FieldPath, key: &str, target: &mut bool) {
        match m.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::Bool(b)) => *target = *b,
            Some(other) => self.diags.push(type_error(&path.field(key), "a boolean", other)),
        }
    }
}

fn type_error(path: &FieldPath, want: &str, got: &Value) -> Diagnostic {
    Diagnostic::error(
        "config/type",
        path.clone(),
        format!("expected {want}, got {}", crate::diagnostics::describe(got)),
    )
}

/// The operator version named in `options` (default v1.0.1); unknown names are reported.
fn operator_version(opts: &Value, diags: &mut Vec<Diagnostic>) -> OperatorVersion {
    match opts.get("operatorVersion") {
        None | Some(Value::Null) => OperatorVersion::default(),
        Some(Value::String(s)) => OperatorVersion::parse(s).unwrap_or_else(|| {
            let names: Vec<&str> = OperatorVersion::ALL.iter().map(|v| v.as_str()).collect();
            diags.push(Diagnostic::error(
                "config/enum",
                FieldPath::root().field("options").field("operatorVersion"),
                format!("unsupported operator version \"{s}\"; supported: {}", names.join(", ")),
            ));
            OperatorVersion::default()
        }),
        Some(other) => {
            diags.push(type_error(&FieldPath::root().field("options").field("operatorVersion"), "a string", other));
            OperatorVersion::default()
        }
    }
}

/// Resolves settings from the JSON a caller passed (`""` or `null` = all defaults).
pub fn read_settings(epp: &Value, opts: &Value) -> (Settings, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let version = operator_version(opts, &mut diags);
    let profile = version.profile();
    let mut s = Settings { epp: profile.default_epp_config(), options: profile.default_options() };
    let mut r = Reader { diags: &mut diags };

    let p = FieldPath::root().field("eppConfig");
    if let Some(m) = r.object(epp, &p, EPP_FIELDS) {
        r.string(m, &p, "provider", &mut s.epp.provider);
        r.boolean(m, &p, "metricsEndpointAuth", &mut s.epp.metrics_endpoint_auth);
        r.string(m, &p, "defaultGatewayName", &mut s.epp.default_gateway_name);
        let fp = p.field("flags");
        match m.get("flags") {
            None | Some(Value::Null) => {}
            Some(Value::Object(fm)) => {
                for (k, v) in fm {
                    match v {
                        Value::String(sv) => {
                            s.epp.flags.insert(k.clone(), sv.clone());
                        }
                        other => r.diags.push(type_error(&fp.key(k), "a string", other)),
                    }
                }
            }
            Some(other) => r.diags.push(type_error(&fp, "an object of strings", other)),
        }
        if let Some(t) = m.get("tracing") {
            let tp = p.field("tracing");
            if let Some(tm) = r.object(t, &tp, TRACING_FIELDS) {
                r.boolean(tm, &tp, "enabled", &mut s.epp.tracing.enabled);
                r.string(tm, &tp, "otelExporterEndpoint", &mut s.epp.tracing.otel_exporter_endpoint);
                r.string(tm, &tp, "sampler", &mut s.epp.tracing.sampler);
                r.string(tm, &tp, "samplerArg", &mut s.epp.tracing.sampler_arg);
            }
        }
        if !PROVIDERS.contains(&s.epp.provider.as_str()) {
            r.diags.push(
                Diagnostic::warning(
                    "config/unknown-provider",
                    p.field("provider"),
                    format!(
                        "provider \"{}\" is not istio, gke or none; the operator treats it like \"none\"",
                        s.epp.provider
                    ),
                )
                .with_hint("providers are compared exactly and case-sensitively"),
            );
        }
    }

    let p = FieldPath::root().field("options");
    if let Some(m) = r.object(opts, &p, OPTION_FIELDS) {
        r.string(m, &p, "version", &mut s.options.version);
        if let Some(i) = m.get("images") {
            let ip = p.field("images");
            if let Some(im) = r.object(i, &ip, IMAGE_FIELDS) {
                r.string(im, &ip, "engine", &mut s.options.images.engine);
                r.string(im, &ip, "epp", &mut s.options.images.epp);
                r.string(im, &ip, "routingProxy", &mut s.options.images.routing_proxy);
                r.string(im, &ip, "kit", &mut s.options.images.kit);
            }
        }
    }
    (s, diags)
}
