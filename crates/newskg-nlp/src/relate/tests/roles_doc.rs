//! Positions whose organisation the title's sentence does not name, or names only as "the
//! company": invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company, Organization, Person};

fn roles(text: &str, model: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2024-05-01", None, model);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[track_caller]
fn has(roles: &[String], want: &str) {
    assert!(roles.iter().any(|l| l == want), "missing {want}\ngot: {roles:#?}");
}

#[test]
fn the_company_refers_to_the_business_named_before() {
    let text = "Drovna Systems makes routers for small offices. The Vice President and general counsel of the \
                company, Mark Tull, said the claim was weak. The company president Alma Reyes agreed.";
    let r = roles(text, &[("Drovna Systems", Company), ("Mark Tull", Person), ("Alma Reyes", Person)]);
    has(&r, "role Mark Tull | VicePresident | \"Vice President\" | Drovna Systems | current");
    has(&r, "role Mark Tull | Executive | \"general counsel\" | Drovna Systems | current");
    has(&r, "role Alma Reyes | President | \"president\" | Drovna Systems | current");
}

#[test]
fn an_anaphor_noun_takes_an_organisation_of_its_kind() {
    // "the airline" is the business, not the board named after it; "the union" the union
    let text = "Brisk Air added six routes. The Civil Aviation Board approved them on Monday. The airline's \
                chairman Ola Bergen welcomed the decision. The Dockers Union objected. Pia Moss, a director at \
                the union, said members would strike.";
    let model = [
        ("Brisk Air", Company),
        ("Civil Aviation Board", Organization),
        ("Dockers Union", Organization),
        ("Ola Bergen", Person),
        ("Pia Moss", Person),
    ];
    let r = roles(text, &model);
    has(&r, "role Ola Bergen | Chairman | \"chairman\" | Brisk Air | current");
    has(&r, "role Pia Moss | Director | \"director\" | Dockers Union | current");
}

#[test]
fn a_title_with_no_organisation_in_its_sentence_takes_the_main_company() {
    // the newspaper that reported it is named last, the bank the article is about most
    let text = "Kestrel Bank will cut 900 jobs, Kestrel Bank said on Monday. Kestrel Bank shares fell. The Daily \
                Ledger reported the plan first. Possible successors include marketing director Ana Lutz.";
    let model = [("Kestrel Bank", Company), ("Daily Ledger", Company), ("Ana Lutz", Person)];
    let r = roles(text, &model);
    has(&r, "role Ana Lutz | Director | \"director\" | Kestrel Bank | current");
    assert!(!r.iter().any(|l| l.contains("Daily Ledger")), "{r:#?}");
}

#[test]
fn a_possessive_apostrophe_alone_and_a_name_between_commas() {
    let text = "Zenith Airways' CEO, Doug Palmer, became chairman of the merged group. Halvard Tech said on \
                Monday that it would pay. Halvard Tech was fined in May. Both Rudd and co-chief executive, Mika Sorensen, agreed to pay.";
    let model = [
        ("Zenith Airways", Company),
        ("Halvard Tech", Company),
        ("Doug Palmer", Person),
        ("Mika Sorensen", Person),
        ("Rudd", Person),
    ];
    let r = roles(text, &model);
    has(&r, "role Doug Palmer | CEO | \"CEO\" | Zenith Airways | current");
    has(&r, "role Mika Sorensen | CEO | \"co-chief executive\" | Halvard Tech | current");
}

#[test]
fn a_second_title_and_name_share_the_first_ones_organisation() {
    let text = "The Metalworkers Union President Ron Gettel and Vice President Gerald Banton called the plan \
                disappointing. Regulators reached an order with Gizmo Corp as well as Senior Vice President \
                Neil Larkin.";
    let model = [
        ("Metalworkers Union", Organization),
        ("Gizmo Corp", Company),
        ("Ron Gettel", Person),
        ("Gerald Banton", Person),
        ("Neil Larkin", Person),
    ];
    let r = roles(text, &model);
    has(&r, "role Ron Gettel | President | \"President\" | Metalworkers Union | current");
    has(&r, "role Gerald Banton | VicePresident | \"Vice President\" | Metalworkers Union | current");
    // "Senior Vice President" is a company's post, never a state's
    has(&r, "role Neil Larkin | VicePresident | \"Senior Vice President\" | Gizmo Corp | current");
}

#[test]
fn a_title_opening_the_sentence_and_a_plural_title_before_a_list() {
    let text = "Pellucid Labs named a new chief executive on Monday. The former chief operating officer, Tomas \
                Reed will take over in May. The co-founders of Pellucid Labs are Ines Kahl, Bo Lind and Uma Rao.";
    let model = [
        ("Pellucid Labs", Company),
        ("Tomas Reed", Person),
        ("Ines Kahl", Person),
        ("Bo Lind", Person),
        ("Uma Rao", Person),
    ];
    let r = roles(text, &model);
    has(&r, "role Tomas Reed | COO | \"chief operating officer\" | Pellucid Labs | former");
    for p in ["Ines Kahl", "Bo Lind", "Uma Rao"] {
        has(&r, &format!("role {p} | Cofounder | \"co-founders\" | Pellucid Labs | current"));
    }
}

#[test]
fn founders_past_present_titles_and_owners_before_a_function() {
    let text = "Other plans involve the animation studio Pixel Forge, which was founded by current Gizmo Corp CEO \
                Steve Janks. Gizmo Corp's worldwide vice-president of marketing for the Zapper, Greg Josten, said \
                the patch is free. \"It flies,\" said Scott Fenwick, 787 project manager and Gizmo Corp vice \
                president.";
    let model = [
        ("Pixel Forge", Company),
        ("Gizmo Corp", Company),
        ("Zapper", Company),
        ("Steve Janks", Person),
        ("Greg Josten", Person),
        ("Scott Fenwick", Person),
    ];
    let r = roles(text, &model);
    has(&r, "role Steve Janks | Founder | \"founded\" | Pixel Forge | current");
    has(&r, "role Steve Janks | CEO | \"CEO\" | Gizmo Corp | current");
    has(&r, "role Greg Josten | VicePresident | \"vice-president\" | Gizmo Corp | current");
    has(&r, "role Scott Fenwick | VicePresident | \"vice president\" | Gizmo Corp | current");
    assert!(!r.iter().any(|l| l.contains("| Zapper |")), "{r:#?}");
}

#[test]
fn a_title_joined_to_a_time_prefix() {
    let text = "Gizmo Corp sued then-CEO Maria Velden in 2004. The board overruled now-Chairman Felix Tormund.";
    let model = [("Gizmo Corp", Company), ("Maria Velden", Person), ("Felix Tormund", Person)];
    let r = roles(text, &model);
    has(&r, "role Maria Velden | CEO | \"then-CEO\" | Gizmo Corp | former");
    has(&r, "role Felix Tormund | Chairman | \"now-Chairman\" | Gizmo Corp | current");
}

#[test]
fn a_predecessor_taken_over_from_and_a_title_retained() {
    let text = "Gizmo Corp grew. Newly appointed CEO Brian Gobbin, who took over from Michael Sodden at the end of \
                last year, cut costs. Bill Gatz will retain the title of chairman of Gizmo Corp but without \
                executive functions.";
    let model = [("Gizmo Corp", Company), ("Brian Gobbin", Person), ("Michael Sodden", Person), ("Bill Gatz", Person)];
    let r = roles(text, &model);
    has(&r, "role Brian Gobbin | CEO | \"CEO\" | Gizmo Corp | current");
    has(&r, "role Michael Sodden | CEO | \"CEO\" | Gizmo Corp | former");
    has(&r, "role Bill Gatz | Chairman | \"chairman\" | Gizmo Corp | current");
    // "executive functions": an adjective, no title
    assert!(!r.iter().any(|l| l.contains("Executive")), "{r:#?}");
}

#[test]
fn founders_named_in_an_opening_participle() {
    let text = "The regulator acted. Founded and operated by Mika Rowan and Lars Paul, Seattle-based Assurix Health \
                sold plans.";
    let model = [("Assurix Health", Company), ("Mika Rowan", Person), ("Lars Paul", Person)];
    let r = roles(text, &model);
    // (founders named together are each a co-founder: eval/corpus GUIDELINES "Founders", session 56)
    has(&r, "role Mika Rowan | Cofounder | \"Founded\" | Assurix Health | current");
    has(&r, "role Lars Paul | Cofounder | \"Founded\" | Assurix Health | current");
}

#[test]
fn a_nationality_between_the_title_and_its_organisation() {
    let text = "Jane Roeland, chief executive of the German carmaker Voltwerk, said sales fell. \"It is the best \
                decision,\" said the general secretary of the British union Unifyr Workers, Tony Woodman.";
    let model =
        [("Voltwerk", Company), ("Unifyr Workers", Organization), ("Jane Roeland", Person), ("Tony Woodman", Person)];
    let r = roles(text, &model);
    has(&r, "role Jane Roeland | CEO | \"chief executive\" | Voltwerk | current");
    has(&r, "role Tony Woodman | Head | \"general secretary\" | Unifyr Workers | current");
}

#[test]
fn a_title_takes_the_nearest_organisation_before_it_unless_the_subject_owns_it() {
    let text = "Rumours that Brenner Motors and Coastal Cars, which merged to form Brenner Coastal, would split \
                grew, but chairman Dieter Zorn denied them. Ilse Varga joined Brenner Coastal as a manager of its \
                Tallow unit, became group CEO in 2015.";
    let model = [
        ("Brenner Motors", Company),
        ("Coastal Cars", Company),
        ("Brenner Coastal", Company),
        ("Tallow", Company),
        ("Dieter Zorn", Person),
        ("Ilse Varga", Person),
    ];
    let r = roles(text, &model);
    has(&r, "role Dieter Zorn | Chairman | \"chairman\" | Brenner Coastal | current");
    has(&r, "role Ilse Varga | CEO | \"CEO\" | Brenner Coastal | current");
}

#[test]
fn a_presidential_office_belongs_to_the_state() {
    use newskg_doc::EntityKind::Location;
    let text = "Chile closed the broadcaster Voxa Media on Monday. Chile's senate agreed. The president \
                accepted the apology, according to the Presidential Spokesperson Hal Roque.";
    let model = [("Chile", Location), ("Voxa Media", Company), ("Hal Roque", Person)];
    let d = run_with(text, "2024-05-01", None, &model);
    let r: Vec<String> = fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect();
    has(&r, "role Hal Roque | Spokesperson | \"Spokesperson\" | Chile | current");
}
