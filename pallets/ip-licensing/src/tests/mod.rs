//! Licensing's unit tests, one behaviour each, on the mock registry and parties.

mod flow;
mod limits;
mod recordal;
mod scope;
