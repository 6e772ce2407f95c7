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
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

thread_local! {
    /// Clean mode (chosen by the first input byte): plausible values only — no nulls, no values
    /// of the wrong type, no unknown fields — so that whole documents get past the schema and
    /// the builders run. Otherwise anything goes.
    static CLEAN: Cell<bool> = const { Cell::new(false) };
}

fn clean() -> bool {
    CLEAN.with(Cell::get)
}

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
        if clean() {
            return Ok(S((*u.choose(PALETTE)?).to_string()));
        }
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

/// A value from a fixed set (enum fields, names that must be valid) most of the time, so that
/// whole documents get past the schema; otherwise any `S`.
macro_rules! choice {
    ($name:ident, [$($v:expr),* $(,)?]) => {
        #[derive(Debug)]
        struct $name(String);
        impl<'a> Arbitrary<'a> for $name {
            fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
                const ALL: &[&str] = &[$($v),*];
                Ok($name(if clean() || u.ratio(4u8, 5u8)? { (*u.choose(ALL)?).to_string() } else { S::arbitrary(u)?.0 }))
            }
        }
        impl ToJson for $name {
            fn json(&self) -> Value {
                json!(self.0)
            }
        }
    };
}

choice!(ApiVersion, ["model.otterscale.io/v1alpha1"]);
choice!(KindName, ["ModelService"]);
choice!(Accelerator, ["nvidia", "amd", "intel-gaudi", "google", "cpu"]);
choice!(FailureMode, ["FailOpen", "FailClose"]);
choice!(Provider, ["istio", "gke", "none"]);
choice!(OperatorVersion, ["v1.0.1", "v0.9.0-alpha.2"]);
choice!(PullPolicy, ["Always", "IfNotPresent", "Never"]);
choice!(Connector, ["nixlv2", "lmcache", "mooncake", "MooncakeConnector"]);
choice!(
    MsName,
    [
        "qwen3",
        "qwen3-0.6b",
        "9b",
        "a.b.c",
        "llama.3.1-8b",
        "x",
        "m-0-6b-epp",
        "qwen3-coder-480b-a35b-instruct-fp8-dynamic-long-context-v2-1"
    ]
);
choice!(Namespace, ["default", "ml-serving", "llm-d", "a", "kube-system"]);
choice!(ModelName, ["Qwen/Qwen3-0.6B", "qwen/Qwen3-32B", "m"]);
choice!(ModelImage, ["registry.example.com/models/qwen3:v1", "r/m:1"]);
choice!(ResName, ["cpu", "memory", "nvidia.com/gpu", "amd.com/gpu", "ephemeral-storage", "example.com/foo"]);
choice!(Host, ["example.com", "*.example.com", "api.llm.example.org"]);
choice!(Interval, ["30s", "1m", "15s", "1h30m"]);
choice!(PortName, ["http", "proxy", "nixl-side"]);
choice!(MetricsPath, ["/metrics", "/"]);
choice!(Quantity, ["1", "500m", "64Gi", "2", "0", "1.5", "8Gi", "1e3"]);

/// A number (or a number-like value) where the schema wants an integer: mostly a small count
/// or a port, so that documents get past the schema.
#[derive(Debug)]
struct I(IRaw);

#[derive(Arbitrary, Debug)]
enum IRaw {
    Small(i8),
    Port(u16),
    Any(i64),
    Huge(u64),
    Float(f64),
    NonFinite(u8),
    Str(S),
}

impl<'a> Arbitrary<'a> for I {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        if clean() {
            return Ok(I(if bool::arbitrary(u)? {
                IRaw::Small(u.int_in_range(1i8..=8)?)
            } else {
                IRaw::Port(u.int_in_range(1u16..=65535)?)
            }));
        }
        Ok(I(match u.int_in_range(0u8..=9)? {
            0..=4 => IRaw::Small(u.int_in_range(0i8..=8)?),
            5..=6 => IRaw::Port(u16::arbitrary(u)?),
            _ => IRaw::arbitrary(u)?,
        }))
    }
}

impl I {
    fn json(&self) -> Value {
        match &self.0 {
            IRaw::Small(v) => json!(v),
            IRaw::Port(v) => json!(v),
            IRaw::Any(v) => json!(v),
            IRaw::Huge(v) => json!(v),
            // serde_json turns a non-finite f64 into null.
            IRaw::Float(v) => json!(v),
            IRaw::NonFinite(k) => {
                let which = ["NaN", "Infinity", "-Infinity", "nan"].get(usize::from(*k % 4)).copied();
                json!({ "$nonFinite": which })
            }
            IRaw::Str(s) => json!(s.0),
        }
    }
}

/// Unknown extra fields: usually none.
#[derive(Debug, Default)]
struct Extra(Vec<(S, AnyJson)>);

impl<'a> Arbitrary<'a> for Extra {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(if !clean() && u.ratio(1u8, 10u8)? { Extra(Vec::arbitrary(u)?) } else { Extra::default() })
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
        let n = u.int_in_range(0u8..=19)?;
        if clean() {
            return Ok(if n < 16 { F::Val(T::arbitrary(u)?) } else { F::Absent });
        }
        Ok(match n {
            0..=15 => F::Val(T::arbitrary(u)?),
            16..=17 => F::Absent,
            18 => F::Null,
            _ => F::Wild(AnyJson::arbitrary(u)?),
        })
    }
}

/// A required field: in clean mode always present.
#[derive(Debug)]
struct R<T>(F<T>);

impl<'a, T: Arbitrary<'a>> Arbitrary<'a> for R<T> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(R(if clean() { F::Val(T::arbitrary(u)?) } else { F::arbitrary(u)? }))
    }
}

/// A field that easily makes a document invalid: in clean mode usually absent.
#[derive(Debug)]
struct Rare<T>(F<T>);

impl<'a, T: Arbitrary<'a>> Arbitrary<'a> for Rare<T> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Rare(if clean() && u.ratio(4u8, 5u8)? { F::Absent } else { F::arbitrary(u)? }))
    }
}

/// Either wrapper as the plain field it holds.
trait Field {
    type T: ToJson;
    fn field(&self) -> &F<Self::T>;
}
impl<T: ToJson> Field for F<T> {
    type T = T;
    fn field(&self) -> &F<T> {
        self
    }
}
impl<T: ToJson> Field for R<T> {
    type T = T;
    fn field(&self) -> &F<T> {
        &self.0
    }
}
impl<T: ToJson> Field for Rare<T> {
    type T = T;
    fn field(&self) -> &F<T> {
        &self.0
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
    fn f(mut self, k: &str, v: &impl Field) -> Self {
        match v.field() {
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
            $($field: $ty,)*
            $($extra: Extra,)?
        }
        impl ToJson for $name {
            fn json(&self) -> Value {
                let o = Obj::new()$(.f($key, &self.$field))*;
                obj!(@end o self $($extra)?)
            }
        }
    };
    (@end $o:ident $self:ident $extra:ident) => { $o.extra(&$self.$extra.0) };
    (@end $o:ident $self:ident) => { $o.done() };
}

/// A quantity: a string or an integer.
#[derive(Arbitrary, Debug)]
enum Q {
    Str(Quantity),
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
struct QMap(Vec<(ResName, Q)>);
impl ToJson for QMap {
    fn json(&self) -> Value {
        Value::Object(self.0.iter().map(|(k, v)| (k.0.clone(), v.json())).collect())
    }
}

obj!(Meta { name: "name": R<MsName>, namespace: "namespace": F<Namespace>, uid: "uid": F<S>, generation: "generation": F<I> } extra extra);
obj!(LocalRef { name: "name": R<S> });
obj!(Model { name: "name": R<ModelName>, image: "image": R<ModelImage>, mount_path: "mountPath": Rare<S>, pull: "imagePullSecrets": F<Vec<LocalRef>> });
obj!(FieldRef { field_path: "fieldPath": R<S>, api_version: "apiVersion": F<S> });
obj!(KeyRef { name: "name": F<S>, key: "key": R<S>, optional: "optional": F<bool> });
obj!(ResFieldRef { resource: "resource": R<S>, container_name: "containerName": F<S>, divisor: "divisor": F<Q> });
obj!(EnvFrom { field_ref: "fieldRef": F<FieldRef>, secret: "secretKeyRef": Rare<KeyRef>, cm: "configMapKeyRef": Rare<KeyRef>, res: "resourceFieldRef": Rare<ResFieldRef> });
obj!(Env { name: "name": R<S>, value: "value": F<S>, value_from: "valueFrom": Rare<EnvFrom> });
obj!(Engine { image: "image": F<S>, policy: "imagePullPolicy": F<PullPolicy>, args: "args": Rare<Vec<S>>, env: "env": F<Vec<Env>>, port: "port": F<I> });
obj!(Accel { kind: "type": R<Accelerator> });
obj!(Par { tensor: "tensor": F<I>, data: "data": F<I>, data_local: "dataLocal": F<I> });
obj!(Claim { name: "name": R<S>, request: "request": F<S> });
obj!(Res { requests: "requests": F<QMap>, limits: "limits": F<QMap>, claims: "claims": Rare<Vec<Claim>> });
obj!(Tol { key: "key": F<S>, operator: "operator": F<S>, value: "value": F<S>, effect: "effect": F<S>, seconds: "tolerationSeconds": F<I> });
obj!(Role {
    replicas: "replicas": F<I>,
    parallelism: "parallelism": F<Par>,
    resources: "resources": F<Res>,
    node_selector: "nodeSelector": Rare<SMap>,
    tolerations: "tolerations": Rare<Vec<Tol>>,
    annotations: "annotations": Rare<SMap>,
} extra extra);
obj!(Proxy {
    image: "image": F<S>,
    connector: "connector": F<Connector>,
    target_port: "targetPort": F<I>,
    zap_encoder: "zapEncoder": F<S>,
    zap_log_level: "zapLogLevel": F<S>,
    secure: "secureProxy": F<bool>,
    tls: "prefillerUseTLS": F<bool>,
    cert: "certPath": Rare<S>,
});
obj!(Ep { image: "image": F<S>, replicas: "replicas": F<I>, resources: "resources": F<Res>, port: "port": F<I>, failure: "failureMode": F<FailureMode> });
obj!(Pool { ep: "endpointPicker": R<Ep> });
obj!(GwRef { name: "name": R<Namespace>, namespace: "namespace": F<Namespace> });
obj!(Route { gw: "gatewayRef": R<GwRef>, hostnames: "hostnames": F<Vec<Host>> });
obj!(PodMon {
    enabled: "enabled": F<bool>,
    port_name: "portName": F<PortName>,
    path: "path": F<MetricsPath>,
    interval: "interval": F<Interval>,
});
obj!(Mon { pm: "podMonitor": F<PodMon> });
obj!(Spec {
    model: "model": R<Model>,
    engine: "engine": R<Engine>,
    accelerator: "accelerator": R<Accel>,
    decode: "decode": R<Role>,
    prefill: "prefill": F<Role>,
    routing_proxy: "routingProxy": F<Proxy>,
    pool: "inferencePool": F<Pool>,
    route: "httpRoute": F<Route>,
    monitoring: "monitoring": F<Mon>,
} extra extra);
obj!(Ms { api_version: "apiVersion": F<ApiVersion>, kind: "kind": F<KindName>, metadata: "metadata": R<Meta>, spec: "spec": R<Spec>, status: "status": Rare<Opaque> } extra extra);

/// `status` is opaque to the schema but must be an object.
#[derive(Arbitrary, Debug)]
struct Opaque(AnyJson);
impl ToJson for Opaque {
    fn json(&self) -> Value {
        match self.0.json() {
            o @ Value::Object(_) => o,
            other => json!({ "observed": other }),
        }
    }
}
impl ToJson for AnyJson {
    fn json(&self) -> Value {
        AnyJson::json(self)
    }
}

obj!(Tracing { enabled: "enabled": F<bool>, endpoint: "otelExporterEndpoint": F<S>, sampler: "sampler": F<S>, arg: "samplerArg": F<S> });
obj!(Epp {
    provider: "provider": F<Provider>,
    auth: "metricsEndpointAuth": F<bool>,
    gateway: "defaultGatewayName": F<S>,
    flags: "flags": Rare<SMap>,
    tracing: "tracing": F<Tracing>,
} extra extra);
obj!(Images { engine: "engine": F<S>, epp: "epp": F<S>, proxy: "routingProxy": F<S>, kit: "kit": F<S> });
obj!(Opts { images: "images": F<Images>, version: "version": F<S>, operator_version: "operatorVersion": F<OperatorVersion> } extra extra);

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

/// `MSR_FUZZ_STATS=1`: print how many inputs rendered (got past schema and lint), every 2,000, with the errors of one.
static RUNS: AtomicUsize = AtomicUsize::new(0);
static RENDERED: AtomicUsize = AtomicUsize::new(0);

fuzz_target!(|data: &[u8]| {
    let Some((mode, rest)) = data.split_first() else { return };
    CLEAN.with(|c| c.set(mode % 2 == 0));
    let Ok(input) = Input::arbitrary_take_rest(Unstructured::new(rest)) else { return };
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

    let rendered = out.get("resources").and_then(Value::as_array).is_some_and(|r| !r.is_empty());
    let runs = RUNS.fetch_add(1, Ordering::Relaxed) + 1;
    let ok = RENDERED.fetch_add(usize::from(rendered), Ordering::Relaxed) + usize::from(rendered);
    if runs % 2_000 == 0 && std::env::var_os("MSR_FUZZ_STATS").is_some() {
        let errors: Vec<String> = out
            .get("diagnostics")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|d| d["severity"] == "error")
            .map(|d| format!("{} at {}", d["code"], d["path"]))
            .collect();
        eprintln!("structured: {ok} of {runs} inputs rendered; this one (clean: {}): {errors:?}", clean());
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
