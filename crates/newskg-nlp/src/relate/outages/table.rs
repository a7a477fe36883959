//! Outage tables: a written answer may list its outages as a table whose cells the text keeps one
//! to a line ("Outage Start", "Outage End", "Duration", then "Sunday 23/04/2023 08:00",
//! "23/04/2023 13:00", "05:00", ...). Each row whose first cell is a date tells one outage.

use super::{Ctx, Incident, Incidents, TimeAt, precision};
use crate::lexicon::facts::STRONG;
use crate::lexicon::time::WEEKDAYS;

/// At most this many words in a header cell ("Duration (Hrs/Mins)").
const HEADER_CELL_WORDS: usize = 6;

/// At most this many cells in a row.
const MAX_COLUMNS: usize = 8;

/// A row of an outage table: the sentence of its first (dated) cell and its cells' sentences.
#[derive(Debug, Clone, Copy)]
pub(super) struct TableRow {
    pub first: usize,
    pub cells: usize,
    /// The time of the first cell that dates the row (day precision or finer).
    pub time: usize,
}

/// The rows of the outage tables of a document: a run of short, timeless header cells of which
/// one names an outage ("Outage Start"), followed by at least two rows of as many cells whose
/// first cell is nothing but a day-dated time ("Sunday 23/04/2023 08:00"). The number of
/// columns is the most header cells (counted back from the first row) that keeps every row's
/// first cell dated; rows end at the first row whose first cell is not.
pub(super) fn table_rows(ctx: &Ctx<'_>, times: &[TimeAt]) -> Vec<TableRow> {
    let n = ctx.sent_words.len();
    let mut rows = Vec::new();
    let mut s = 0;
    while s < n {
        if dated_cell(ctx, times, s).is_none() || s == 0 || !header_cell(ctx, times, s - 1) {
            s += 1;
            continue;
        }
        // header cells counted back from the first row
        let mut header = 0;
        while header < MAX_COLUMNS && s > header && header_cell(ctx, times, s - header - 1) {
            header += 1;
        }
        let found = (1..=header).rev().find_map(|cols| {
            let names_outage = (s - cols..s).any(|h| has_trigger(ctx, h));
            let table: Vec<TableRow> = (0..)
                .map(|r| s + r * cols)
                .take_while(|&f| f + cols <= n)
                .map_while(|f| dated_cell(ctx, times, f).map(|time| TableRow { first: f, cells: cols, time }))
                .collect();
            (names_outage && table.len() >= 2).then_some(table)
        });
        match found {
            Some(table) => {
                s = table.last().map_or(s + 1, |r| r.first + r.cells);
                rows.extend(table);
            }
            None => s += 1,
        }
    }
    rows
}

/// Whether sentence `s` is a short cell with no time in it.
fn header_cell(ctx: &Ctx<'_>, times: &[TimeAt], s: usize) -> bool {
    let Some(&(sf, sl)) = ctx.sent_words.get(s) else { return false };
    sl > sf && sl - sf <= HEADER_CELL_WORDS && !times.iter().any(|t| t.first < sl && t.last > sf)
}

/// Whether sentence `s` has a strong outage word.
fn has_trigger(ctx: &Ctx<'_>, s: usize) -> bool {
    let Some(&(sf, sl)) = ctx.sent_words.get(s) else { return false };
    (sf..sl).any(|i| STRONG.contains(&ctx.words.lower(i)))
}

/// The finest day-dated time of sentence `s` when the times cover every word of it.
fn dated_cell(ctx: &Ctx<'_>, times: &[TimeAt], s: usize) -> Option<usize> {
    let &(sf, sl) = ctx.sent_words.get(s)?;
    let inside: Vec<usize> = (0..times.len()).filter(|&k| times[k].first >= sf && times[k].last <= sl).collect();
    // a weekday name before the date is part of the cell ("Sunday 23/04/2023 08:00")
    let weekday = |i: usize| WEEKDAYS.iter().any(|(w, _)| *w == ctx.words.lower(i));
    let covered = (sf..sl).all(|i| weekday(i) || inside.iter().any(|&k| times[k].first <= i && i < times[k].last));
    if sl == sf || !covered {
        return None;
    }
    inside.into_iter().filter(|&k| precision(&times[k].value) >= 3).max_by_key(|&k| precision(&times[k].value))
}

impl Incidents {
    /// The first cell of an outage table's row opens an incident of its own; its cells join it.
    pub(super) fn add_row(&mut self, ctx: &Ctx<'_>, row: &TableRow, times: &[TimeAt]) {
        if self.last_attached.is_some_and(|l| l >= row.first) {
            return;
        }
        let pieces = (row.first..row.first + row.cells)
            .filter_map(|c| ctx.sent_words.get(c).map(|&(cf, cl)| (c, cf, cl)))
            .collect();
        self.list.push(Incident {
            date: Some(times[row.time].value),
            pieces,
            anchor_sents: vec![row.first],
            section: None,
        });
        self.current = Some(self.list.len() - 1);
        self.last_attached = Some(row.first + row.cells - 1);
    }
}
