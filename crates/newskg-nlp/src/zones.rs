//! Time-zone names → UTC offsets.
//!
//! Consumes a zone or place name as written in an article ("PST", "Pacific time", "HKT", "Beijing
//! time", "Frankfurt", "UTC+8") and a calendar date; produces the UTC offset in minutes that was in
//! effect on that date. Daylight saving is applied, day-granular, for the rule families below:
//!
//! * **US** (Pacific/Mountain/Central/Eastern, Alaska): from 2007 the second Sunday of March up to
//!   (not including) the first Sunday of November; 1987–2006 the first Sunday of April up to the
//!   last Sunday of October. A switch-over day counts as the new regime (the switch is at 02:00).
//! * **EU** (UK/Ireland/Portugal at +0, Central Europe at +1, Eastern Europe at +2): the last
//!   Sunday of March up to (not including) the last Sunday of October.
//! * **South-east Australia** (Sydney, Melbourne, Canberra, Hobart; Adelaide at +9:30): the first
//!   Sunday of October up to (not including) the first Sunday of April.
//! * **New Zealand**: the last Sunday of September up to the first Sunday of April.
//!
//! Explicit standard/daylight abbreviations are taken literally ("PST" is always −08:00, "PDT"
//! always −07:00) because that is what the text states; generic names ("Pacific time", "PT",
//! "Eastern", "CET"-less city names) follow the DST rule. "CET"/"CEST" are literal too.
//!
//! Ambiguous abbreviations: "CST" is US Central (−06:00) here; the tagger maps it to China
//! (+08:00) itself when the article is about China. "IST" is India (+05:30). "BST" is British
//! Summer Time (+01:00). "GST" is Gulf Standard Time (+04:00).

use chrono::{Datelike, NaiveDate, Weekday};

/// Which daylight-saving rule a zone follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    Fixed,
    Us,
    Eu,
    AuSouthEast,
    Nz,
}

/// (lower-case name, standard offset in minutes, rule)
const ZONES: &[(&str, i32, Rule)] = &[
    // UTC and fixed abbreviations
    ("utc", 0, Rule::Fixed),
    ("gmt", 0, Rule::Fixed),
    ("z", 0, Rule::Fixed),
    ("zulu", 0, Rule::Fixed),
    ("universal time", 0, Rule::Fixed),
    ("coordinated universal time", 0, Rule::Fixed),
    ("greenwich mean time", 0, Rule::Fixed),
    ("pst", -480, Rule::Fixed),
    ("pdt", -420, Rule::Fixed),
    ("pacific standard", -480, Rule::Fixed),
    ("pacific daylight", -420, Rule::Fixed),
    ("mst", -420, Rule::Fixed),
    ("mdt", -360, Rule::Fixed),
    ("mountain standard", -420, Rule::Fixed),
    ("mountain daylight", -360, Rule::Fixed),
    ("cst", -360, Rule::Fixed),
    ("cdt", -300, Rule::Fixed),
    ("central standard", -360, Rule::Fixed),
    ("central daylight", -300, Rule::Fixed),
    ("est", -300, Rule::Fixed),
    ("edt", -240, Rule::Fixed),
    ("eastern standard", -300, Rule::Fixed),
    ("eastern daylight", -240, Rule::Fixed),
    ("akst", -540, Rule::Fixed),
    ("akdt", -480, Rule::Fixed),
    ("hst", -600, Rule::Fixed),
    ("hawaii", -600, Rule::Fixed),
    ("honolulu", -600, Rule::Fixed),
    ("bst", 60, Rule::Fixed),
    ("british summer", 60, Rule::Fixed),
    ("wet", 0, Rule::Fixed),
    ("west", 60, Rule::Fixed),
    ("cet", 60, Rule::Fixed),
    ("cest", 120, Rule::Fixed),
    ("central european standard", 60, Rule::Fixed),
    ("central european summer", 120, Rule::Fixed),
    ("eet", 120, Rule::Fixed),
    ("eest", 180, Rule::Fixed),
    ("msk", 180, Rule::Fixed),
    ("moscow", 180, Rule::Fixed),
    ("istanbul", 180, Rule::Fixed),
    ("turkey", 180, Rule::Fixed),
    ("riyadh", 180, Rule::Fixed),
    ("nairobi", 180, Rule::Fixed),
    ("gst", 240, Rule::Fixed),
    ("gulf standard", 240, Rule::Fixed),
    ("dubai", 240, Rule::Fixed),
    ("abu dhabi", 240, Rule::Fixed),
    ("uae", 240, Rule::Fixed),
    ("pkt", 300, Rule::Fixed),
    ("karachi", 300, Rule::Fixed),
    ("pakistan", 300, Rule::Fixed),
    ("ist", 330, Rule::Fixed),
    ("india", 330, Rule::Fixed),
    ("indian", 330, Rule::Fixed),
    ("india standard", 330, Rule::Fixed),
    ("indian standard", 330, Rule::Fixed),
    ("new delhi", 330, Rule::Fixed),
    ("delhi", 330, Rule::Fixed),
    ("mumbai", 330, Rule::Fixed),
    ("bengaluru", 330, Rule::Fixed),
    ("bangalore", 330, Rule::Fixed),
    ("chennai", 330, Rule::Fixed),
    ("hyderabad", 330, Rule::Fixed),
    ("dhaka", 360, Rule::Fixed),
    ("ict", 420, Rule::Fixed),
    ("wib", 420, Rule::Fixed),
    ("bangkok", 420, Rule::Fixed),
    ("jakarta", 420, Rule::Fixed),
    ("hanoi", 420, Rule::Fixed),
    ("ho chi minh city", 420, Rule::Fixed),
    ("vietnam", 420, Rule::Fixed),
    ("thailand", 420, Rule::Fixed),
    ("hkt", 480, Rule::Fixed),
    ("hong kong", 480, Rule::Fixed),
    ("macau", 480, Rule::Fixed),
    ("macao", 480, Rule::Fixed),
    ("china standard", 480, Rule::Fixed),
    ("china", 480, Rule::Fixed),
    ("chinese", 480, Rule::Fixed),
    ("beijing", 480, Rule::Fixed),
    ("shanghai", 480, Rule::Fixed),
    ("shenzhen", 480, Rule::Fixed),
    ("hangzhou", 480, Rule::Fixed),
    ("guangzhou", 480, Rule::Fixed),
    ("chengdu", 480, Rule::Fixed),
    ("sgt", 480, Rule::Fixed),
    ("singapore", 480, Rule::Fixed),
    ("myt", 480, Rule::Fixed),
    ("kuala lumpur", 480, Rule::Fixed),
    ("malaysia", 480, Rule::Fixed),
    ("pht", 480, Rule::Fixed),
    ("manila", 480, Rule::Fixed),
    ("philippines", 480, Rule::Fixed),
    ("taipei", 480, Rule::Fixed),
    ("taiwan", 480, Rule::Fixed),
    ("awst", 480, Rule::Fixed),
    ("perth", 480, Rule::Fixed),
    ("jst", 540, Rule::Fixed),
    ("japan", 540, Rule::Fixed),
    ("japan standard", 540, Rule::Fixed),
    ("tokyo", 540, Rule::Fixed),
    ("osaka", 540, Rule::Fixed),
    ("kst", 540, Rule::Fixed),
    ("korea", 540, Rule::Fixed),
    ("korea standard", 540, Rule::Fixed),
    ("south korea", 540, Rule::Fixed),
    ("seoul", 540, Rule::Fixed),
    ("acst", 570, Rule::Fixed),
    ("acdt", 630, Rule::Fixed),
    ("aest", 600, Rule::Fixed),
    ("aedt", 660, Rule::Fixed),
    ("brisbane", 600, Rule::Fixed),
    ("queensland", 600, Rule::Fixed),
    ("nzst", 720, Rule::Fixed),
    ("nzdt", 780, Rule::Fixed),
    ("brt", -180, Rule::Fixed),
    ("sao paulo", -180, Rule::Fixed),
    ("são paulo", -180, Rule::Fixed),
    ("brazil", -180, Rule::Fixed),
    ("buenos aires", -180, Rule::Fixed),
    ("mexico city", -360, Rule::Fixed),
    ("arizona", -420, Rule::Fixed),
    ("phoenix", -420, Rule::Fixed),
    ("sast", 120, Rule::Fixed),
    ("johannesburg", 120, Rule::Fixed),
    ("south africa", 120, Rule::Fixed),
    ("lagos", 60, Rule::Fixed),
    ("nigeria", 60, Rule::Fixed),
    // US, daylight saving
    ("pt", -480, Rule::Us),
    ("pacific", -480, Rule::Us),
    ("us pacific", -480, Rule::Us),
    ("san francisco", -480, Rule::Us),
    ("los angeles", -480, Rule::Us),
    ("seattle", -480, Rule::Us),
    ("silicon valley", -480, Rule::Us),
    ("california", -480, Rule::Us),
    ("oregon", -480, Rule::Us),
    ("vancouver", -480, Rule::Us),
    ("las vegas", -480, Rule::Us),
    ("mt", -420, Rule::Us),
    ("mountain", -420, Rule::Us),
    ("denver", -420, Rule::Us),
    ("salt lake city", -420, Rule::Us),
    ("utah", -420, Rule::Us),
    ("ct", -360, Rule::Us),
    ("central", -360, Rule::Us),
    ("us central", -360, Rule::Us),
    ("chicago", -360, Rule::Us),
    ("dallas", -360, Rule::Us),
    ("houston", -360, Rule::Us),
    ("austin", -360, Rule::Us),
    ("texas", -360, Rule::Us),
    ("iowa", -360, Rule::Us),
    ("et", -300, Rule::Us),
    ("eastern", -300, Rule::Us),
    ("us eastern", -300, Rule::Us),
    ("new york", -300, Rule::Us),
    ("washington", -300, Rule::Us),
    ("boston", -300, Rule::Us),
    ("atlanta", -300, Rule::Us),
    ("miami", -300, Rule::Us),
    ("virginia", -300, Rule::Us),
    ("northern virginia", -300, Rule::Us),
    ("ohio", -300, Rule::Us),
    ("toronto", -300, Rule::Us),
    ("montreal", -300, Rule::Us),
    ("ottawa", -300, Rule::Us),
    ("akt", -540, Rule::Us),
    ("alaska", -540, Rule::Us),
    // Europe, daylight saving
    ("uk", 0, Rule::Eu),
    ("britain", 0, Rule::Eu),
    ("british", 0, Rule::Eu),
    ("united kingdom", 0, Rule::Eu),
    ("london", 0, Rule::Eu),
    ("manchester", 0, Rule::Eu),
    ("edinburgh", 0, Rule::Eu),
    ("ireland", 0, Rule::Eu),
    ("irish", 0, Rule::Eu),
    ("dublin", 0, Rule::Eu),
    ("portugal", 0, Rule::Eu),
    ("lisbon", 0, Rule::Eu),
    ("western european", 0, Rule::Eu),
    ("central european", 60, Rule::Eu),
    ("european central", 60, Rule::Eu),
    ("frankfurt", 60, Rule::Eu),
    ("berlin", 60, Rule::Eu),
    ("munich", 60, Rule::Eu),
    ("hamburg", 60, Rule::Eu),
    ("germany", 60, Rule::Eu),
    ("german", 60, Rule::Eu),
    ("paris", 60, Rule::Eu),
    ("france", 60, Rule::Eu),
    ("french", 60, Rule::Eu),
    ("amsterdam", 60, Rule::Eu),
    ("netherlands", 60, Rule::Eu),
    ("dutch", 60, Rule::Eu),
    ("brussels", 60, Rule::Eu),
    ("belgium", 60, Rule::Eu),
    ("luxembourg", 60, Rule::Eu),
    ("madrid", 60, Rule::Eu),
    ("barcelona", 60, Rule::Eu),
    ("spain", 60, Rule::Eu),
    ("rome", 60, Rule::Eu),
    ("milan", 60, Rule::Eu),
    ("italy", 60, Rule::Eu),
    ("zurich", 60, Rule::Eu),
    ("geneva", 60, Rule::Eu),
    ("switzerland", 60, Rule::Eu),
    ("vienna", 60, Rule::Eu),
    ("austria", 60, Rule::Eu),
    ("stockholm", 60, Rule::Eu),
    ("sweden", 60, Rule::Eu),
    ("oslo", 60, Rule::Eu),
    ("norway", 60, Rule::Eu),
    ("copenhagen", 60, Rule::Eu),
    ("denmark", 60, Rule::Eu),
    ("warsaw", 60, Rule::Eu),
    ("poland", 60, Rule::Eu),
    ("prague", 60, Rule::Eu),
    ("budapest", 60, Rule::Eu),
    ("eastern european", 120, Rule::Eu),
    ("helsinki", 120, Rule::Eu),
    ("finland", 120, Rule::Eu),
    ("athens", 120, Rule::Eu),
    ("greece", 120, Rule::Eu),
    ("bucharest", 120, Rule::Eu),
    ("kyiv", 120, Rule::Eu),
    ("kiev", 120, Rule::Eu),
    ("tallinn", 120, Rule::Eu),
    ("riga", 120, Rule::Eu),
    ("vilnius", 120, Rule::Eu),
    // Australia / New Zealand, daylight saving
    ("australian eastern", 600, Rule::AuSouthEast),
    ("sydney", 600, Rule::AuSouthEast),
    ("melbourne", 600, Rule::AuSouthEast),
    ("canberra", 600, Rule::AuSouthEast),
    ("hobart", 600, Rule::AuSouthEast),
    ("adelaide", 570, Rule::AuSouthEast),
    ("auckland", 720, Rule::Nz),
    ("wellington", 720, Rule::Nz),
    ("new zealand", 720, Rule::Nz),
    ("nz", 720, Rule::Nz),
];

/// Normalises a zone name: lower case, single spaces, "the" and a trailing "time" dropped.
fn normalise(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let mut words: Vec<&str> =
        lower.split(|c: char| c.is_whitespace() || c == '(' || c == ')').filter(|w| !w.is_empty()).collect();
    if words.first() == Some(&"the") {
        words.remove(0);
    }
    if words.len() > 1 && words.last() == Some(&"time") {
        words.pop();
    }
    if words.len() > 1 && words.last() == Some(&"zone") {
        words.pop();
        if words.len() > 1 && words.last() == Some(&"time") {
            words.pop();
        }
    }
    words.join(" ")
}

/// Parses "utc+8", "gmt-05:00", "utc+0530", "utc +8" (already normalised); None if not that shape.
fn explicit_offset(n: &str) -> Option<i32> {
    let rest = n.strip_prefix("utc").or_else(|| n.strip_prefix("gmt"))?.trim_start();
    if rest.is_empty() {
        return Some(0);
    }
    let mut chars = rest.chars();
    let sign = match chars.next()? {
        '+' => 1,
        '-' | '−' | '–' => -1,
        _ => return None,
    };
    let body: String = chars.as_str().trim().to_string();
    let (h, m) = if let Some((h, m)) = body.split_once(':') {
        (h.to_string(), m.to_string())
    } else if body.len() == 4 && body.chars().all(|c| c.is_ascii_digit()) {
        (body[..2].to_string(), body[2..].to_string())
    } else {
        (body.clone(), "0".to_string())
    };
    if h.is_empty() || h.len() > 2 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let h: i32 = h.parse().ok()?;
    let m: i32 = m.parse().ok()?;
    if h > 14 || m > 59 {
        return None;
    }
    Some(sign * (h * 60 + m))
}

/// The n-th (1-based) given weekday of a month, or the last one when `n == 0`.
fn nth_weekday(year: i32, month: u32, wd: Weekday, n: u32) -> Option<NaiveDate> {
    if n == 0 {
        let (ny, nm) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
        let mut d = NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()?;
        while d.weekday() != wd {
            d = d.pred_opt()?;
        }
        Some(d)
    } else {
        NaiveDate::from_weekday_of_month_opt(year, month, wd, n as u8)
    }
}

/// Whether daylight saving is in effect on `on` under `rule`.
fn dst(rule: Rule, on: NaiveDate) -> bool {
    let y = on.year();
    let range = match rule {
        Rule::Fixed => return false,
        Rule::Us => {
            if y >= 2007 {
                (nth_weekday(y, 3, Weekday::Sun, 2), nth_weekday(y, 11, Weekday::Sun, 1))
            } else if y >= 1987 {
                (nth_weekday(y, 4, Weekday::Sun, 1), nth_weekday(y, 10, Weekday::Sun, 0))
            } else {
                return false;
            }
        }
        Rule::Eu => (nth_weekday(y, 3, Weekday::Sun, 0), nth_weekday(y, 10, Weekday::Sun, 0)),
        Rule::AuSouthEast => {
            // Southern hemisphere: DST outside (first Sunday April .. first Sunday October).
            let end = nth_weekday(y, 4, Weekday::Sun, 1);
            let start = nth_weekday(y, 10, Weekday::Sun, 1);
            return match (end, start) {
                (Some(end), Some(start)) => on < end || on >= start,
                _ => false,
            };
        }
        Rule::Nz => {
            let end = nth_weekday(y, 4, Weekday::Sun, 1);
            let start = nth_weekday(y, 9, Weekday::Sun, 0);
            return match (end, start) {
                (Some(end), Some(start)) => on < end || on >= start,
                _ => false,
            };
        }
    };
    match range {
        (Some(start), Some(end)) => on >= start && on < end,
        _ => false,
    }
}

/// The UTC offset in minutes of a named zone/region in effect on `on`; None if the name is not
/// known. Accepts abbreviations ("HKT", "PDT"), "X time" / "X standard time" forms ("Pacific
/// time", "Beijing time"), bare place names ("Hong Kong", "Frankfurt") and explicit offsets
/// ("UTC+8", "GMT-05:00"). Case-insensitive. See the module docs for the DST rules.
pub fn zone_offset(name: &str, on: NaiveDate) -> Option<i32> {
    let n = normalise(name);
    if n.is_empty() {
        return None;
    }
    if let Some(off) = explicit_offset(&n) {
        return Some(off);
    }
    let lookup = |key: &str| ZONES.iter().find(|(k, _, _)| *k == key).copied();
    let hit = lookup(&n).or_else(|| {
        // "Pacific Standard Time" → "pacific standard"; "Hong Kong Standard Time" → "hong kong".
        n.strip_suffix(" standard").or_else(|| n.strip_suffix(" daylight")).and_then(lookup)
    });
    let (_, base, rule) = hit?;
    Some(if dst(rule, on) { base + 60 } else { base })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn offsets_and_dst_edges() {
        let cases: &[(&str, NaiveDate, Option<i32>)] = &[
            ("UTC", d(2024, 7, 1), Some(0)),
            ("Z", d(2024, 7, 1), Some(0)),
            ("PST", d(2024, 7, 1), Some(-480)),
            ("PDT", d(2024, 1, 1), Some(-420)),
            ("Pacific time", d(2021, 12, 7), Some(-480)),
            ("Pacific Time", d(2024, 7, 4), Some(-420)),
            ("Pacific Standard Time", d(2024, 7, 4), Some(-480)),
            // US 2024: DST from Sun 10 March to Sun 3 November.
            ("Pacific time", d(2024, 3, 9), Some(-480)),
            ("Pacific time", d(2024, 3, 10), Some(-420)),
            ("Eastern time", d(2024, 11, 2), Some(-240)),
            ("Eastern time", d(2024, 11, 3), Some(-300)),
            ("ET", d(2023, 3, 12), Some(-240)),
            ("ET", d(2023, 3, 11), Some(-300)),
            // pre-2007 US rule: first Sunday of April (2 April 2006) .. last Sunday of October (29 Oct).
            ("Eastern", d(2006, 4, 1), Some(-300)),
            ("Eastern", d(2006, 4, 2), Some(-240)),
            ("Eastern", d(2006, 10, 29), Some(-300)),
            // EU 2024: last Sunday of March (31st) .. last Sunday of October (27th).
            ("Frankfurt", d(2024, 3, 30), Some(60)),
            ("Frankfurt", d(2024, 3, 31), Some(120)),
            ("Frankfurt", d(2024, 10, 26), Some(120)),
            ("Frankfurt", d(2024, 10, 27), Some(60)),
            ("London", d(2025, 3, 5), Some(0)),
            ("London", d(2025, 6, 5), Some(60)),
            ("CET", d(2025, 6, 5), Some(60)),
            ("CEST", d(2025, 1, 5), Some(120)),
            ("Central European Time", d(2025, 6, 5), Some(120)),
            ("BST", d(2025, 6, 5), Some(60)),
            ("HKT", d(2024, 6, 14), Some(480)),
            ("Hong Kong", d(2024, 1, 14), Some(480)),
            ("Hong Kong time", d(2024, 1, 14), Some(480)),
            ("Beijing time", d(2024, 4, 8), Some(480)),
            ("CST", d(2024, 4, 8), Some(-360)),
            ("IST", d(2024, 4, 8), Some(330)),
            ("India Standard Time", d(2024, 4, 8), Some(330)),
            ("SGT", d(2024, 4, 8), Some(480)),
            ("JST", d(2024, 4, 8), Some(540)),
            ("KST", d(2024, 4, 8), Some(540)),
            ("AEST", d(2024, 1, 8), Some(600)),
            ("AEDT", d(2024, 7, 8), Some(660)),
            // Sydney 2024: DST ends Sun 7 April, starts Sun 6 October.
            ("Sydney", d(2024, 4, 6), Some(660)),
            ("Sydney", d(2024, 4, 7), Some(600)),
            ("Sydney", d(2024, 10, 5), Some(600)),
            ("Sydney", d(2024, 10, 6), Some(660)),
            ("Auckland", d(2024, 9, 29), Some(780)),
            ("Auckland", d(2024, 9, 28), Some(720)),
            ("UTC+8", d(2024, 1, 1), Some(480)),
            ("GMT-05:00", d(2024, 1, 1), Some(-300)),
            ("UTC+0530", d(2024, 1, 1), Some(330)),
            ("Arizona", d(2024, 7, 1), Some(-420)),
            ("Mars time", d(2024, 7, 1), None),
            ("", d(2024, 7, 1), None),
            ("UTC+99", d(2024, 7, 1), None),
        ];
        for (name, on, want) in cases {
            assert_eq!(zone_offset(name, *on), *want, "{name} on {on}");
        }
    }
}
