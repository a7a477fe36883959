//! Fifty-third session: a licence's assignment in the regulator's other wordings (rule
//! `deals-licence-assignment`): the verb ("the application to assign the license of S from A to
//! B"), a bracketed term after the licence, the licence "for" its stations, the parties first ("the
//! assignment from A to B of the license of S"), a second assignment joined on ("and for Station
//! S2 from B to C") and an assignor's trustee with a bracketed term before "to"; and a name's
//! leading words quoted in brackets right after it are its short form even in a sentence of
//! ownership (rule `resolve-defined-short-form`). Invented sentences, names and call signs (none
//! from the evaluation articles), with the recogniser's mentions by hand.

use super::deals_s48::{assert_assigned, rels};
use super::run_with;
use crate::resolve::resolve_under;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Location, Person};

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

const VERB: &str = "We grant the application to assign the broadcast television license (the \u{201c}Sale \
                    Application\u{201d}) of Station KQRV-TV, Tarnby, Ohio, from Velmora Broadcasting, LLC to \
                    Ostrel Media, Inc. We also grant the applications to assign the licenses of stations \
                    WQLM(FM) and WQLN(AM) from Harwick Radio, Inc. to Brenlow Group, LLC.";

#[test]
fn the_verb_assign_gives_the_assignee_and_the_assignor() {
    let names = [
        ("KQRV-TV", Company),
        ("Tarnby", Location),
        ("Ohio", Location),
        ("Velmora Broadcasting, LLC", Company),
        ("Ostrel Media, Inc", Company),
        ("WQLM(FM)", Company),
        ("WQLN(AM)", Company),
        ("Harwick Radio, Inc", Company),
        ("Brenlow Group, LLC", Company),
    ];
    let got = rels(VERB, &names, None);
    assert_assigned(&got, "Ostrel Media, Inc", "KQRV-TV", "Velmora Broadcasting, LLC");
    for st in ["WQLM(FM)", "WQLN(AM)"] {
        assert_assigned(&got, "Brenlow Group, LLC", st, "Harwick Radio, Inc");
    }
    let without = rels(VERB, &names, Some(Rule::LicenceAssignment));
    assert!(!has(&without, "rel Ostrel Media, Inc Acquired KQRV-TV"), "{without:#?}");
    assert!(!has(&without, "rel Brenlow Group, LLC Acquired WQLM(FM)"), "{without:#?}");
}

const PARTIES_FIRST: &str = "The Application seeks our consent to the assignment from Velmora Broadcasting, Inc. \
                             to Ostrel Media, LLC of the license of broadcast station KQRV(AM), Tarnby, Ohio.";

#[test]
fn the_parties_named_before_the_licence_give_the_assignment() {
    let names = [
        ("KQRV(AM)", Company),
        ("Tarnby", Location),
        ("Ohio", Location),
        ("Velmora Broadcasting, Inc", Company),
        ("Ostrel Media, LLC", Company),
    ];
    let got = rels(PARTIES_FIRST, &names, None);
    assert_assigned(&got, "Ostrel Media, LLC", "KQRV(AM)", "Velmora Broadcasting, Inc");
    assert!(!got.iter().any(|l| l.contains("Acquired Tarnby")), "{got:#?}");
    let without = rels(PARTIES_FIRST, &names, Some(Rule::LicenceAssignment));
    assert!(!has(&without, "rel Ostrel Media, LLC Acquired KQRV(AM)"), "{without:#?}");
}

const JOINED: &str = "We have before us the applications for the assignment of license for Station KQRV-FM, \
                      Tarnby, Ohio from Velmora Radio, LLC to Ostrel Media, LLC (\u{201c}Ostrel\u{201d}) and for \
                      Station WQLM(FM), Dorrance, Kansas, from Ostrel to Brenlow Group, LLC. We also have before \
                      us the assignment of licenses for stations KVEN(FM) and KVEO(FM) from the Harlan Radio \
                      Trust, Jane Roe, Trustee (\u{201c}Licensee\u{201d}) to Pellam Media, LLC.";

#[test]
fn a_licence_for_its_stations_a_joined_second_assignment_and_a_trustee_before_to() {
    let names = [
        ("KQRV-FM", Company),
        ("Tarnby", Location),
        ("Ohio", Location),
        ("Velmora Radio, LLC", Company),
        ("Ostrel Media, LLC", Company),
        ("Ostrel", Company),
        ("WQLM(FM)", Company),
        ("Dorrance", Location),
        ("Kansas", Location),
        ("Brenlow Group, LLC", Company),
        ("KVEN(FM)", Company),
        ("KVEO(FM)", Company),
        ("Harlan Radio Trust", Company),
        ("Jane Roe", Person),
        ("Pellam Media, LLC", Company),
    ];
    let got = rels(JOINED, &names, None);
    assert_assigned(&got, "Ostrel Media, LLC", "KQRV-FM", "Velmora Radio, LLC");
    assert_assigned(&got, "Brenlow Group, LLC", "WQLM(FM)", "Ostrel Media, LLC");
    for st in ["KVEN(FM)", "KVEO(FM)"] {
        assert_assigned(&got, "Pellam Media, LLC", st, "Harlan Radio Trust");
    }
    let without = rels(JOINED, &names, Some(Rule::LicenceAssignment));
    assert!(!has(&without, "rel Brenlow Group, LLC Acquired WQLM(FM)"), "{without:#?}");
    assert!(!has(&without, "rel Pellam Media, LLC Acquired KVEN(FM)"), "{without:#?}");
}

#[test]
fn a_quoted_short_form_right_after_a_name_is_its_short_form_beside_a_word_of_ownership() {
    let names = [
        ("Pellam Licenses, LLC", Company),
        ("Pellam", Company),
        ("Torvik Broadcasting Company, LLC", Company),
        ("Torvik", Company),
    ];
    let text = "We have before us the application of Pellam Licenses, LLC (\u{201c} Pellam\u{201d}), a wholly owned \
                subsidiary of Torvik Broadcasting Company, LLC (\u{201c} Torvik\u{201d}). Torvik filed an \
                opposition on July 1.";
    let d = run_with(text, "2003-02-03", None, &names);
    let torvik = d.entities.iter().find(|e| e.name == "Torvik Broadcasting Company, LLC");
    assert!(torvik.is_some_and(|e| e.aliases.iter().any(|a| a == "Torvik")), "{:?}", d.entities);
    assert!(!d.entities.iter().any(|e| e.name == "Torvik"), "{:?}", d.entities);
    let off = resolve_under(&d, RuleSet::ALL.without(Rule::DefinedShortForm));
    assert!(off.iter().any(|e| e.name == "Torvik"), "{off:?}");
}
