//! Parent organisations from names and deal wording (the s12 deals work). Invented sentences
//! (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Location, Service};
use newskg_doc::RelationKind;

#[test]
fn a_full_name_shortened_later_is_one_company_not_a_unit() {
    // named in full first, then shortened and named more often: the same bank under two names
    let d = run_with(
        "Tarnwick Bank reported a loss on Monday. Tarnwick said deposits grew. Tarnwick cut fees.",
        "2024-05-01",
        None,
        &[("Tarnwick Bank", Company), ("Tarnwick", Company)],
    );
    let lines = fact_lines(&d);
    assert!(!lines.iter().any(|l| l.starts_with("rel Tarnwick Bank ParentOrganization")), "{lines:?}");
    // the short name first, the longer one after: a unit of it
    let d = run_with(
        "Tarnwick said profits rose. Its lending arm, Tarnwick Bank, grew too.",
        "2024-05-01",
        None,
        &[("Tarnwick Bank", Company), ("Tarnwick", Company)],
    );
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Tarnwick Bank ParentOrganization Tarnwick"), "{lines:?}");
    // a parent with a fuller name of its own may come after the unit
    let d = run_with(
        "Tarnwick Cloud lost power on Monday. Tarnwick Group said Tarnwick would pay refunds.",
        "2024-05-01",
        None,
        &[("Tarnwick Cloud", Company), ("Tarnwick Group", Company), ("Tarnwick", Company)],
    );
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Tarnwick Cloud ParentOrganization Tarnwick Group"), "{lines:?}");
    // but not one known by an abbreviation of another name that comes after the unit
    let d = run_with(
        "TMR Records shut on Friday. Tall Mast Radio, or TMR, said TMR would keep its studios.",
        "2024-05-01",
        None,
        &[("TMR Records", Company), ("Tall Mast Radio", Company), ("TMR", Company)],
    );
    let lines = fact_lines(&d);
    assert!(!lines.iter().any(|l| l.starts_with("rel TMR Records ParentOrganization")), "{lines:?}");
}

#[test]
fn a_passive_deal_reads_past_a_time_phrase_and_an_interrupting_phrase() {
    let m = &[("Quillmoor Software", Company), ("Dunstan Analytics", Company), ("Leeds", Location)];
    let d = run_with("Quillmoor Software was bought last year by Dunstan Analytics.", "2024-05-01", None, m);
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Dunstan Analytics Acquired Quillmoor Software"), "{lines:?}");
    assert!(lines.iter().any(|l| l == "rel Quillmoor Software ParentOrganization Dunstan Analytics"), "{lines:?}");
    let d = run_with(
        "Quillmoor Software, which was set up in Leeds in 1998, has been acquired by Dunstan Analytics.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Dunstan Analytics Acquired Quillmoor Software"), "{lines:?}");
    // another organisation inside the phrase may be the one sold: nothing
    let m2 = &[("Quillmoor Software", Company), ("Dunstan Analytics", Company), ("Harrowgate Group", Company)];
    let d = run_with(
        "Quillmoor Software, once a unit of Harrowgate Group, was sold to Dunstan Analytics.",
        "2024-05-01",
        None,
        m2,
    );
    let lines = fact_lines(&d);
    assert!(!lines.iter().any(|l| l.starts_with("rel Dunstan Analytics Acquired")), "{lines:?}");
    // "by Y's rival": Y is not the buyer
    let m3 = &[("Quillmoor Software", Company), ("Dunstan", Company)];
    let d = run_with("Quillmoor Software was purchased in 2004 by Dunstan's largest rival.", "2024-05-01", None, m3);
    let lines = fact_lines(&d);
    assert!(!lines.iter().any(|l| l.starts_with("rel Dunstan Acquired")), "{lines:?}");
}

#[test]
fn a_maker_is_neither_partner_nor_parent_of_its_own_product() {
    use super::super::relations::maker_product_links;
    let d = run_with(
        "Brindle launched the Brindle Phone on Monday.",
        "2024-05-01",
        None,
        &[("Brindle", Company), ("Brindle Phone", Service)],
    );
    let idx = |n: &str| d.entities.iter().position(|e| e.name == n).expect(n);
    let (maker, phone) = (idx("Brindle"), idx("Brindle Phone"));
    let mut rels = d.facts.relations.clone();
    let provider = rels.iter().find(|r| r.kind == RelationKind::Provider && r.subject == phone && r.object == maker);
    let mut partner = provider.expect("the rules find the provider").clone();
    partner.kind = RelationKind::Partner;
    partner.subject = maker;
    partner.object = phone;
    let mut parent = partner.clone();
    parent.kind = RelationKind::ParentOrganization;
    parent.subject = phone;
    parent.object = maker;
    rels.push(partner);
    rels.push(parent);
    maker_product_links(&d, &mut rels);
    assert!(rels.iter().any(|r| r.kind == RelationKind::Provider), "the provider stays");
    assert!(!rels.iter().any(|r| matches!(r.kind, RelationKind::Partner | RelationKind::ParentOrganization)));
}

#[test]
fn a_full_name_shortened_once_later_is_one_company_not_a_unit() {
    // the full name first, the short form once after it: still one company, not a parent
    let d = run_with(
        "Vellmoor runs its ledgers on machines leased from Orrin Cloud. Orrin said no data was lost.",
        "2024-05-01",
        None,
        &[("Vellmoor", Company), ("Orrin Cloud", Company), ("Orrin", Company)],
    );
    let lines = fact_lines(&d);
    assert!(!lines.iter().any(|l| l.starts_with("rel Orrin Cloud ParentOrganization")), "{lines:?}");
    // the short form first: a unit of it, as before
    let d = run_with(
        "Orrin reported higher sales. Its hosting business, Orrin Cloud, grew fastest.",
        "2024-05-01",
        None,
        &[("Orrin Cloud", Company), ("Orrin", Company)],
    );
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Orrin Cloud ParentOrganization Orrin"), "{lines:?}");
}

#[test]
fn customers_of_a_list_of_banks_make_no_partners() {
    let partner = |lines: &[String], a: &str, b: &str| {
        lines.iter().any(|l| l == &format!("rel {a} Partner {b}") || l == &format!("rel {b} Partner {a}"))
    };
    let m = &[("Harrow Bank", Company), ("Dunmere Bank", Company), ("Pellway", Company)];
    // the customers of both banks: neither bank is the other's customer
    let lines = fact_lines(&run_with(
        "A fault stopped Harrow Bank and Dunmere Bank customers from paying by card on Monday.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!partner(&lines, "Harrow Bank", "Dunmere Bank"), "{lines:?}");
    // a preposition's object: services sold to someone's customers are no partnership
    let lines = fact_lines(&run_with(
        "Pellway sold cheaper phone plans to former Dunmere Bank customers last year.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!partner(&lines, "Pellway", "Dunmere Bank"), "{lines:?}");
    // the apposition still names them: both banks are Pellway customers
    let lines = fact_lines(&run_with(
        "Harrow Bank and Dunmere Bank, both Pellway customers, moved their payments on Monday.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(partner(&lines, "Pellway", "Harrow Bank"), "{lines:?}");
}
