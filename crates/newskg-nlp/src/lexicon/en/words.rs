//! Cue-word lists shared by recognition, resolution and relation extraction: consumes nothing,
//! produces lower-case word lists and small predicates over single words.
//!
//! Every list is general English business-news vocabulary (legal forms, title words, service
//! nouns, outage words), never names taken from any evaluation article. Each list says why it
//! exists; matching is always on lower-cased whole tokens.

/// Whether a lower-cased word is in a list.
pub(crate) fn is_in(list: &[&str], lower: &str) -> bool {
    list.contains(&lower)
}

/// The lower-cased word with a trailing possessive ("'s", "'") removed.
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix('\'')).unwrap_or(word)
}

/// Whether a token looks like a cloud region or zone code: "us-east-1", "eu-central-2b",
/// "ap-southeast-1a", "US-EAST-1" (letters, one or more lettered parts, a numbered last part).
pub(crate) fn is_region_code(tok: &str) -> bool {
    let parts: Vec<&str> = tok.split('-').collect();
    if parts.len() < 3 {
        return false;
    }
    let Some((last, rest)) = parts.split_last() else {
        return false;
    };
    let first_ok =
        rest.first().is_some_and(|p| (2..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    let mid_ok = rest.iter().skip(1).all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphabetic()));
    let last_ok = last.chars().next().is_some_and(|c| c.is_ascii_digit())
        && last.len() <= 3
        && last.chars().all(|c| c.is_ascii_alphanumeric());
    first_ok && mid_ok && last_ok
}

/// Whether a token looks like a facility code: "FRA-3", "LD8", "SG1" (2–5 capitals, then a
/// short number, optionally one letter). Only a place when a place noun is near.
pub(crate) fn is_facility_code(tok: &str) -> bool {
    let letters: String = tok.chars().take_while(char::is_ascii_uppercase).collect();
    if !(2..=5).contains(&letters.len()) {
        return false;
    }
    let rest = tok.get(letters.len()..).unwrap_or("");
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let tail = rest.get(digits.len()..).unwrap_or("");
    (1..=2).contains(&digits.len()) && tail.len() <= 1 && tail.chars().all(|c| c.is_ascii_lowercase())
}

/// Whether a token looks like a product's model designation: "787", "A380", "C-17", "737-800",
/// "777-200LR", "3GS", "F-150" (letters, digits and hyphens, at least one digit, and an upper-case
/// letter or two digits or more); never a year ("2008"), a decade ("1990s"), a quarter or half
/// ("Q3", "H1"), a grouping of states ("G7", "G20"), a clock time or an amount.
pub(crate) fn is_model_number(tok: &str) -> bool {
    let digits = tok.chars().filter(char::is_ascii_digit).count();
    let upper = tok.chars().filter(char::is_ascii_uppercase).count();
    let shape = !tok.is_empty()
        && tok.len() <= 10
        && tok.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || c == '-')
        && !tok.starts_with('-')
        && !tok.ends_with('-');
    let year = tok.len() == 4 && digits == 4 && (tok.starts_with("19") || tok.starts_with("20"));
    let grouping = tok.len() <= 3 && matches!(tok.as_bytes().first(), Some(b'Q' | b'H' | b'G')) && upper == 1;
    shape && digits >= 1 && (upper >= 1 || digits >= 2) && !year && !grouping
}

/// Whether a token is a web domain used as a name ("example.com", "gov.uk").
pub(crate) fn is_domain(tok: &str) -> bool {
    const TLDS: &[&str] = &["com", "org", "net", "io", "uk", "de", "cn", "hk", "sg", "ai", "co", "app", "dev", "gov"];
    let Some((head, tld)) = tok.rsplit_once('.') else {
        return false;
    };
    !head.is_empty()
        && head.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
        && TLDS.contains(&tld.to_lowercase().as_str())
}

/// Whether a lower-case common word reads as a plural noun ("units", "assets"): four letters or
/// more ending in "s" but not "ss" ("business").
pub(crate) fn looks_plural(w: &str) -> bool {
    w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss")
}

#[cfg(test)]
mod tests {
    use super::{is_domain, is_facility_code, is_region_code, strip_possessive};

    #[test]
    fn model_numbers() {
        use super::is_model_number;
        for yes in ["787", "A380", "C-17", "737-800", "777-200LR", "3GS", "F-150", "747"] {
            assert!(is_model_number(yes), "{yes}");
        }
        for no in ["2008", "1990s", "Q3", "H1", "G7", "G20", "10:00", "$5", "iPhone", "7", "-12", "A", "12.5"] {
            assert!(!is_model_number(no), "{no}");
        }
    }

    #[test]
    fn codes() {
        for yes in ["us-east-1", "eu-central-2b", "ap-southeast-1a", "US-EAST-1", "cn-north-4"] {
            assert!(is_region_code(yes), "{yes}");
        }
        for no in ["co-founder", "state-of-the-art", "us-east", "2023-11-12", "a-b-c"] {
            assert!(!is_region_code(no), "{no}");
        }
        for yes in ["FRA-3", "LD8", "SG1", "AMS-12b"] {
            assert!(is_facility_code(yes), "{yes}");
        }
        for no in ["COVID-19x1", "A1", "CEO", "2023", "Q3", "ABCDEF-1"] {
            assert!(!is_facility_code(no), "{no}");
        }
        assert!(is_domain("example.com") && is_domain("gov.uk") && !is_domain("U.S") && !is_domain("5.44pm"));
        assert_eq!(strip_possessive("Acme's"), "Acme");
        assert_eq!(strip_possessive("Payments'"), "Payments");
    }
}
