//! Kubernetes resource quantities (k8s.io/apimachinery `resource.Quantity`): parsing with the
//! CRD's QUANTITY_PATTERN grammar, canonical formatting as the Go client serialises them, and
//! the arithmetic the summary and lint rules need.
//! (Being written; the API below is the contract other modules use.)

/// A parsed quantity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quantity {
    _private: (),
}

/// Why a string is not a quantity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuantityError(pub String);

/// Parses a quantity string (QUANTITY_PATTERN in shared/spec/api.md).
pub fn parse(_s: &str) -> Result<Quantity, QuantityError> {
    Err(QuantityError("not implemented".into()))
}

/// The canonical string the Go client would send for `s`, or `None` when `s` does not parse.
pub fn canonicalize(s: &str) -> Option<String> {
    Some(s.to_string())
}

/// Canonical DecimalSI string of a non-negative integer count (serving.md §5.4): 1000 → "1k".
pub fn decimal_si(count: i64) -> String {
    count.to_string()
}
