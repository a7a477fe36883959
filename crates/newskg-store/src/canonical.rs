//! Literals as the store gives them back. Oxigraph keeps the values of the XSD types it knows
//! (numbers, booleans, dates and times, durations) as values, not text, so a literal written as
//! `"2026-02-03T18:20:00+00:00"^^xsd:dateTime` reads back as `"2026-02-03T18:20:00Z"`, `"0.90"` as
//! `"0.9"`, an `xsd:int` as an `xsd:integer`. [`Store::replace_graph`](crate::Store::replace_graph)
//! turns the quads it is given into that form first, so what a [`Derived`](crate::Derived)
//! maintainer sees of a new article graph is what it would read back from the store.

use std::str::FromStr;

use oxigraph::model::{Literal, Quad, Term};
use oxsdatatypes::{
    Boolean, Date, DateTime, DayTimeDuration, Decimal, Double, Duration, Float, GDay, GMonth, GMonthDay, GYear,
    GYearMonth, Integer, Time, YearMonthDuration,
};

const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// The value of `value` read as `T`, as a literal in its canonical form.
fn value<T: FromStr + Into<Literal>>(value: &str) -> Option<Literal> {
    T::from_str(value).ok().map(Into::into)
}

/// The literal as the store keeps it, or `None` when it keeps it as it is (text, a language
/// string, a datatype it does not know, or a value that does not parse).
pub(crate) fn literal(l: &Literal) -> Option<Literal> {
    let local = l.datatype().as_str().strip_prefix(XSD)?;
    let v = l.value();
    let out = match local {
        "boolean" => value::<Boolean>(v),
        "float" => value::<Float>(v),
        "double" => value::<Double>(v),
        "integer" | "byte" | "short" | "int" | "long" | "unsignedByte" | "unsignedShort" | "unsignedInt"
        | "unsignedLong" | "positiveInteger" | "negativeInteger" | "nonPositiveInteger" | "nonNegativeInteger" => {
            value::<Integer>(v)
        }
        "decimal" => value::<Decimal>(v),
        "dateTime" | "dateTimeStamp" => value::<DateTime>(v),
        "time" => value::<Time>(v),
        "date" => value::<Date>(v),
        "gYearMonth" => value::<GYearMonth>(v),
        "gYear" => value::<GYear>(v),
        "gMonthDay" => value::<GMonthDay>(v),
        "gDay" => value::<GDay>(v),
        "gMonth" => value::<GMonth>(v),
        "duration" => value::<Duration>(v),
        "yearMonthDuration" => value::<YearMonthDuration>(v),
        "dayTimeDuration" => value::<DayTimeDuration>(v),
        _ => None,
    }?;
    (out != *l).then_some(out)
}

/// The quad with its object as the store keeps it.
pub(crate) fn quad(q: &Quad) -> Option<Quad> {
    match &q.object {
        Term::Literal(l) => {
            literal(l).map(|l| Quad::new(q.subject.clone(), q.predicate.clone(), l, q.graph_name.clone()))
        }
        _ => None,
    }
}
