//! A cache of the values the maintenance reads on every article that touches a part: an entity's
//! counts, names and dates, a fact's source count, confidence and latest source, an event's values.
//!
//! Such a value is replaced (one quad removed, one written) each time an article touches its part.
//! A company named in most articles has its count replaced thousands of times between two
//! compactions of the store, and every removal leaves a tombstone that the next read of the
//! value must step over; reading those values became a quarter of an ingest's CPU at 60,000
//! articles. So the values read are kept in memory, keyed by subject and predicate, and every write
//! to the consolidated graph goes through [`Cache::write`] as well as to the store.
//!
//! The cache holds what the store holds once a transaction has committed: reads and writes of a
//! transaction go to its own pending entries (per thread, as each transaction runs on one thread),
//! which [`Cache::finish`] folds into the committed ones when the transaction committed and drops
//! when it did not. Values whose lists grow with the store (`prov:wasDerivedFrom`,
//! `nkg:mergedFrom`, `nkg:affected`, `nkg:day`) are never cached, and the committed entries are
//! dropped when they pass [`CAPACITY`], so memory stays bounded.

use std::collections::HashMap;
use std::sync::Mutex;
use std::thread::ThreadId;

use newskg_store::model::{NamedNode, NamedOrBlankNode, Quad, Term};

/// Most (subject, predicate) entries kept; past it the committed entries are dropped (about 30 MB).
pub(super) const CAPACITY: usize = 100_000;

type Key = (NamedNode, NamedNode);

#[derive(Debug, Default)]
pub(super) struct Cache {
    committed: Mutex<HashMap<Key, Vec<Term>>>,
    pending: Mutex<HashMap<ThreadId, HashMap<Key, Vec<Term>>>>,
}

fn thread() -> ThreadId {
    std::thread::current().id()
}

impl Cache {
    /// The cached objects of (`s`, `p`), as this thread's transaction sees them.
    pub(super) fn get(&self, s: &NamedNode, p: &NamedNode) -> Option<Vec<Term>> {
        let key = (s.clone(), p.clone());
        if let Some(v) = self.pending.lock().ok()?.get(&thread()).and_then(|m| m.get(&key)) {
            return Some(v.clone());
        }
        self.committed.lock().ok()?.get(&key).cloned()
    }

    /// Remembers what this thread's transaction read of (`s`, `p`).
    pub(super) fn read(&self, s: &NamedNode, p: &NamedNode, objects: &[Term]) {
        if let Ok(mut pending) = self.pending.lock() {
            pending.entry(thread()).or_default().insert((s.clone(), p.clone()), objects.to_vec());
        }
    }

    /// Applies a write of this thread's transaction to the entry of its subject and predicate, if
    /// there is one.
    pub(super) fn write(&self, q: &Quad, insert: bool) {
        let NamedOrBlankNode::NamedNode(s) = &q.subject else { return };
        let key = (s.clone(), q.predicate.clone());
        let (Ok(mut pending), Ok(committed)) = (self.pending.lock(), self.committed.lock()) else { return };
        let mine = pending.entry(thread()).or_default();
        if !mine.contains_key(&key) {
            match committed.get(&key) {
                Some(v) => {
                    mine.insert(key.clone(), v.clone());
                }
                None => return,
            }
        }
        if let Some(v) = mine.get_mut(&key) {
            v.retain(|o| *o != q.object);
            if insert {
                v.push(q.object.clone());
            }
        }
    }

    /// Ends this thread's transaction: its entries become the committed ones if it committed.
    pub(super) fn finish(&self, committed: bool) {
        let Ok(mut pending) = self.pending.lock() else { return };
        let Some(mine) = pending.remove(&thread()) else { return };
        if committed && let Ok(mut all) = self.committed.lock() {
            if all.len() + mine.len() > CAPACITY {
                all.clear();
            }
            all.extend(mine);
        }
    }

    /// Forgets everything (the graph was changed some other way).
    pub(super) fn clear(&self) {
        if let (Ok(mut pending), Ok(mut committed)) = (self.pending.lock(), self.committed.lock()) {
            pending.clear();
            committed.clear();
        }
    }
}
