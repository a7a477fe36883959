use super::*;
use crate::testkit::{entity, rules_doc};

/// The invented text through the rules, with `name` made a Company as the recogniser's
/// confident label would, then settled with `disabled` switched off.
fn settled(text: &str, name: &str, disabled: &str) -> EntityKind {
    described_as(text, name, EntityKind::Company, disabled)
}

#[test]
fn place_grammar_makes_a_location() {
    let l = EntityKind::Location;
    let text = "The Drammelton-based company reported a rise in profit.";
    assert_eq!(settled(text, "Drammelton", ""), l);
    let text = "Vessco, a unit of the Karrowby payments group Tellmere Holdings, said it was hacked.";
    assert_eq!(settled(text, "Karrowby", ""), l);
    let text = "Tellmere Holdings, the Quellsby frozen food group, cut prices.";
    assert_eq!(settled(text, "Quellsby", ""), l);
    assert_eq!(settled(text, "Quellsby", "typing-place-evidence"), EntityKind::Company);
    // said more than once, or a brand of its own ("the X company"), it stays
    let text = "The Quellsby airframe company grew. Quellsby said sales rose.";
    assert_eq!(settled(text, "Quellsby", ""), EntityKind::Company);
    // a known place, with nothing that says company
    let text = "Lorvane Motors, Brazil's second-largest carmaker, has a new chief.";
    assert_eq!(settled(text, "Brazil", ""), l);
    // the company of that apposition stays one
    assert_eq!(settled(text, "Lorvane Motors", ""), EntityKind::Company);
}

#[test]
fn a_place_that_speaks_stays_a_company() {
    // a known place name that says something is a company named after it
    let text = "After the merger, Zambia said on Monday that it would add three routes.";
    assert_eq!(settled(text, "Zambia", ""), EntityKind::Company);
}

/// The invented text through the rules, with `name` made `kind` as the learned typing might
/// have left it, then settled with `disabled` switched off.
pub(super) fn described_as(text: &str, name: &str, kind: EntityKind, disabled: &str) -> EntityKind {
    let mut d = rules_doc(text, None);
    let e = entity(&d, name);
    set_kind(&mut d, e, kind);
    settle(&mut d, RuleSet::parse(disabled).unwrap(), &[], &[]);
    let e = entity(&d, name);
    for &m in &d.entities[e].mentions {
        assert_eq!(d.mentions[m].kind, d.entities[e].kind, "one kind for every mention");
    }
    d.entities[e].kind
}

#[test]
fn a_descriptor_gives_the_kind() {
    let (c, o, s) = (EntityKind::Company, EntityKind::Organization, EntityKind::Service);
    // a body noun before the name, with or without a comma
    let text = "The telecoms regulator Varnholt opened an inquiry into Brisk Mobile on Tuesday.";
    assert_eq!(described_as(text, "Varnholt", c, ""), o);
    assert_eq!(described_as(text, "Varnholt", c, "typing-descriptor"), c);
    let text = "The Quenish central bank, Tovar Reskel, said it had asked Pellamy for a report.";
    assert_eq!(described_as(text, "Tovar Reskel", c, ""), o);
    let text = "Members of the campaign group Fair Tariffs protested outside the office.";
    assert_eq!(described_as(text, "Fair Tariffs", c, ""), o);
    // a business noun after the name, closed by a comma
    let text = "Dellford Trust, the country's second-largest lender, said profit rose.";
    assert_eq!(described_as(text, "Dellford Trust", o, ""), c);
    let text = "The deal was agreed with Harnow, a payments processor based in Oslo.";
    assert_eq!(described_as(text, "Harnow", s, ""), c);
    // a product noun only before the name and after its owner
    let text = "Customers of Pellamy Bank could not log in to its banking app, Pellamy Go, all day.";
    assert_eq!(described_as(text, "Pellamy Go", c, ""), s);
    let text = "Calls failed on Skelto, an internet phone service, for two hours.";
    assert_eq!(described_as(text, "Skelto", c, ""), c);
    // descriptors that disagree leave the kind alone
    let text = "Orvane, the software company, said its app, Orvane, was back. The regulator Orvane sat.";
    assert_eq!(described_as(text, "Orvane", s, ""), s);
}

#[test]
fn a_bare_makers_name_leaves_its_product() {
    // the resolver may join "Ardvane" to the app's name; once that is a Service, the bare
    // name goes back to the bank
    let mut d = rules_doc(
        "Ardvane Bank said its app, Ardvane Online, failed. Ardvane Online came back later. Ardvane apologised.",
        None,
    );
    let bare = d.mentions.iter().position(|m| d.slice(m.span) == "Ardvane").unwrap();
    for ent in &mut d.entities {
        ent.mentions.retain(|&m| m != bare);
    }
    d.entities.retain(|ent| !ent.mentions.is_empty());
    let app = entity(&d, "Ardvane Online");
    d.entities[app].mentions.push(bare);
    d.entities[app].aliases.push("Ardvane".into());
    set_kind(&mut d, app, EntityKind::Company);
    settle(&mut d, RuleSet::parse("").unwrap(), &[], &[]);
    let app = entity(&d, "Ardvane Online");
    let bank = entity(&d, "Ardvane Bank");
    assert_eq!(d.entities[app].kind, EntityKind::Service);
    assert!(!d.entities[app].mentions.contains(&bare) && d.entities[app].aliases.is_empty());
    assert!(d.entities[bank].mentions.contains(&bare), "{:?}", d.entities[bank]);
    assert_eq!(d.mentions[bare].kind, d.entities[bank].kind);
}

/// The invented text through the rules with every name in `companies` made a Company, then
/// settled with `disabled` switched off: the kind of `name`.
fn branded(text: &str, companies: &[&str], name: &str, disabled: &str) -> EntityKind {
    let mut d = rules_doc(text, None);
    for c in companies {
        let e = entity(&d, c);
        set_kind(&mut d, e, EntityKind::Company);
    }
    settle(&mut d, RuleSet::parse(disabled).unwrap(), &[], &[]);
    d.entities[entity(&d, name)].kind
}

#[test]
fn a_brand_and_a_product_word_make_the_owners_service() {
    let s = EntityKind::Service;
    let text = "Quillon Telecom said Quillon Mobile customers could not make calls on Friday.";
    let both = ["Quillon Telecom", "Quillon Mobile"];
    assert_eq!(branded(text, &both, "Quillon Mobile", ""), s);
    assert_eq!(branded(text, &both, "Quillon Telecom", ""), EntityKind::Company);
    assert_eq!(branded(text, &both, "Quillon Mobile", "typing-brand-product"), EntityKind::Company);
    let text = "Pellmore Group said the Pellmore Stores in Leeds would open on Sunday.";
    assert_eq!(branded(text, &["Pellmore Group", "Pellmore Stores"], "Pellmore Stores", ""), s);
    // a product word and a brand with no company beside it: a company of its own
    let text = "Customers of Quillon Mobile could not make calls on Friday, Zembra Bank said.";
    assert_eq!(branded(text, &["Quillon Mobile", "Zembra Bank"], "Quillon Mobile", ""), EntityKind::Company);
    // called a company, or a unit, it stays one
    let text = "Quillon Telecom sold Quillon Mobile, a subsidiary based in Perth, to Zembra Bank.";
    assert_eq!(branded(text, &both, "Quillon Mobile", ""), EntityKind::Company);
    // two businesses of one group, both named as products: left alone
    let text = "Varrow Pay hired a finance chief from Varrow Wallet on Monday.";
    assert_eq!(branded(text, &["Varrow Pay", "Varrow Wallet"], "Varrow Pay", ""), EntityKind::Company);
    // a business word that is not a product word: left alone
    let text = "Quillon Telecom said Quillon Cloud would cut 40 jobs.";
    assert_eq!(branded(text, &["Quillon Telecom", "Quillon Cloud"], "Quillon Cloud", ""), EntityKind::Company);
}

#[test]
fn a_central_bank_is_a_body() {
    let text = "Officials at Quenland Central Bank fined Brisk Mobile for the outage.";
    assert_eq!(described_as(text, "Quenland Central Bank", EntityKind::Company, ""), EntityKind::Organization);
    // a commercial bank named after a place is left to the model
    let text = "Moravia Savings Bank cut 300 jobs on Monday.";
    assert_eq!(described_as(text, "Moravia Savings Bank", EntityKind::Company, ""), EntityKind::Company);
}

#[test]
fn a_quoted_news_source_is_a_company() {
    let (c, o, s) = (EntityKind::Company, EntityKind::Organization, EntityKind::Service);
    let text = "Brisk Mobile lost 4,000 customers, according to the Quenland Courier.";
    assert_eq!(described_as(text, "Quenland Courier", o, ""), c);
    assert_eq!(described_as(text, "Quenland Courier", o, "typing-news-source"), o);
    let text = "A spokesman told Varrow News that Brisk Mobile would cut 40 jobs.";
    assert_eq!(described_as(text, "Varrow News", s, ""), c);
    let text = "Trellby Wire reported on Monday that Brisk Mobile would cut 40 jobs.";
    assert_eq!(described_as(text, "Trellby Wire", o, ""), c);
    let text = "The cuts at Brisk Mobile were first reported by the Marlow Herald.";
    assert_eq!(described_as(text, "Marlow Herald", s, ""), c);
    // a body word in the name keeps the body; a name not quoted is left alone
    let text = "Brisk Mobile fined 2 million pounds, according to the Quenland Telecoms Authority.";
    assert_eq!(described_as(text, "Quenland Telecoms Authority", o, ""), o);
    let text = "Customers of Varrow News could not read the Marlow Herald on Monday.";
    assert_eq!(described_as(text, "Marlow Herald", s, ""), s);
}

#[test]
fn a_state_company_is_a_company() {
    let text = "The Minister wrote to the board of Bus Éireann and to Network Rail about the timetable.";
    for name in ["Bus Éireann", "Network Rail"] {
        let org = EntityKind::Organization;
        assert_eq!(described_as(text, name, org, ""), EntityKind::Company, "{name}");
        assert_eq!(described_as(text, name, org, "typing-state-company"), org, "{name}");
    }
}

/// The invented text through the rules, published on `published`, with `name` made `kind`, then settled with
/// `disabled` switched off.
fn described_on(text: &str, published: &str, name: &str, kind: EntityKind, disabled: &str) -> EntityKind {
    let mut d = rules_doc(text, Some(published));
    let e = entity(&d, name);
    set_kind(&mut d, e, kind);
    settle(&mut d, RuleSet::parse(disabled).unwrap(), &[], &[]);
    d.entities[entity(&d, name)].kind
}

#[test]
fn a_state_company_before_it_was_one_is_a_body() {
    let (c, o) = (EntityKind::Company, EntityKind::Organization);
    // the Postmaster-General's department, in an answer of 1931 and of 1975
    let text = "The Postmaster-General said that the Post Office would repair the damaged cables near Tarnby.";
    for published in ["1931-05-12", "1975-11-03"] {
        assert_eq!(described_on(text, published, "Post Office", c, ""), o, "{published}");
        assert_eq!(described_on(text, published, "Post Office", o, ""), o, "{published}");
        // without the rule the state company's rule decides
        assert_eq!(described_on(text, published, "Post Office", o, "typing-state-department"), c, "{published}");
    }
    // the company it has been since, and a text with no date: the state company
    let text = "The chairman of the Post Office told the Minister that the branch at Tarnby would close.";
    assert_eq!(described_on(text, "2019-02-14", "Post Office", o, ""), c);
    assert_eq!(described_as(text, "Post Office", o, ""), c);
    // a year before the Underground's company was formed, and a year after
    let text = "Passengers at Holbrook waited as London Underground cleared the flooded tunnel.";
    assert_eq!(described_on(text, "1979-08-20", "London Underground", c, ""), o);
    assert_eq!(described_on(text, "1992-08-20", "London Underground", o, ""), c);
}

#[test]
fn a_body_word_opening_or_closing_the_name_makes_an_organisation() {
    let o = EntityKind::Organization;
    let text = "Inspectors of the Varnholt Gaming Authority visited Brisk Mobile in June.";
    assert_eq!(described_as(text, "Varnholt Gaming Authority", EntityKind::Company, ""), o);
    assert_eq!(
        described_as(text, "Varnholt Gaming Authority", EntityKind::Company, "typing-body-name"),
        EntityKind::Company
    );
    let text = "Tellmere Air joined the Skyward Alliance on Monday, Tellmere Air said.";
    assert_eq!(described_as(text, "Skyward Alliance", EntityKind::Company, ""), o);
    let text = "Doctors at NHS Quenshire said the Brisk Mobile fault delayed 40 operations.";
    assert_eq!(described_as(text, "NHS Quenshire", EntityKind::Company, ""), o);
    let text = "The Quenshire Emergency Coordination Group met as Brisk Mobile restored calls.";
    assert_eq!(described_as(text, "Quenshire Emergency Coordination Group", EntityKind::Company, ""), o);
    // a legal form, or a business word closing the name, keeps the company
    let text = "Workers at Union Trellby Bank said Brisk Mobile had failed again.";
    assert_eq!(described_as(text, "Union Trellby Bank", EntityKind::Company, ""), EntityKind::Company);
    let text = "Profit at Marlow Authority Ltd rose 4 percent in the year to March.";
    assert_eq!(described_as(text, "Marlow Authority Ltd", EntityKind::Company, ""), EntityKind::Company);
}

#[test]
fn a_place_closing_with_a_body_head_is_an_organisation() {
    let (o, l) = (EntityKind::Organization, EntityKind::Location);
    let text = "A cyber-attack on the Halvern Library took its catalogue offline, the Ministry said.";
    assert_eq!(described_as(text, "Halvern Library", l, ""), o);
    assert_eq!(described_as(text, "Halvern Library", l, "typing-body-place"), l);
    // a known place, or a one-word name, stays a place
    let text = "Flights to Brazil and to Quenshire resumed on Tuesday, the Ministry said.";
    assert_eq!(described_as(text, "Brazil", l, ""), l);
}

#[test]
fn a_brand_of_a_business_owner_is_a_service() {
    let s = EntityKind::Service;
    let text = "Quillon Telecom said its prepaid brand, Zippa, lost 3,000 customers.";
    assert_eq!(described_as(text, "Zippa", EntityKind::Company, ""), s);
    assert_eq!(described_as(text, "Zippa", EntityKind::Company, "typing-descriptor"), EntityKind::Company);
    let text = "Sales rose at Quillon Retail, and the group's homeware brand, Casa Verro, opened 9 shops.";
    assert_eq!(described_as(text, "Casa Verro", EntityKind::Company, ""), s);
    // an owner that is no business ("the children's clothing brand") says nothing
    let text = "Sales of the children's clothing brand Little Wrenna rose by a fifth.";
    assert_eq!(described_as(text, "Little Wrenna", EntityKind::Company, ""), EntityKind::Company);
}

#[test]
fn a_product_noun_after_the_name_with_its_owner_is_a_service() {
    let text = "Its main rival, Snackdash, an app owned by the Perth group Tovell Digital, cut fees.";
    assert_eq!(described_as(text, "Snackdash", EntityKind::Company, ""), EntityKind::Service);
    // without an owner the company stays ("X, an internet phone service")
    let text = "Calls failed on Skelto, an internet phone service, for two hours.";
    assert_eq!(described_as(text, "Skelto", EntityKind::Company, ""), EntityKind::Company);
}

#[test]
fn a_deal_party_made_a_service_is_a_company_again() {
    let text = "Harwick Group acquired Bramblio for $40 million on Tuesday.";
    let mut d = rules_doc(text, None);
    let parties = deal_parties(&d);
    assert!(parties.iter().any(|p| p == "Bramblio"), "{parties:?} {:?}", d.facts.relations);
    let e = entity(&d, "Bramblio");
    set_kind(&mut d, e, EntityKind::Service);
    let mut off = d.clone();
    settle(&mut d, RuleSet::parse("").unwrap(), &parties, &[]);
    assert_eq!(d.entities[e].kind, EntityKind::Company);
    settle(&mut off, RuleSet::parse("typing-deal-party").unwrap(), &parties, &[]);
    assert_eq!(off.entities[e].kind, EntityKind::Service);
    // the grammar alone: a service right after a buying verb, but not a product with a number
    let text = "Harwick Group bought the messaging start-up Bramblio in May, and acquired Skyline 350 jets.";
    let mut d = rules_doc(text, None);
    for name in ["Bramblio", "Skyline 350"] {
        let e = entity(&d, name);
        set_kind(&mut d, e, EntityKind::Service);
    }
    settle(&mut d, RuleSet::parse("").unwrap(), &[], &[]);
    assert_eq!(d.entities[entity(&d, "Bramblio")].kind, EntityKind::Company);
    assert_eq!(d.entities[entity(&d, "Skyline 350")].kind, EntityKind::Service);
    // a service that no deal names stays one
    let mut d = rules_doc("Harwick Group said Bramblio would close on Tuesday.", None);
    let e = entity(&d, "Bramblio");
    set_kind(&mut d, e, EntityKind::Service);
    settle(&mut d, RuleSet::parse("").unwrap(), &parties[..0], &[]);
    assert_eq!(d.entities[e].kind, EntityKind::Service);
}

#[test]
fn a_division_read_as_a_person_service_or_place_is_an_organisation() {
    let (o, p, s, c) = (EntityKind::Organization, EntityKind::Person, EntityKind::Service, EntityKind::Company);
    let text = "Assistant Attorney General Orla Venn of the Justice Department's Antitrust Division said \
                Quillmarsh Foods had agreed.";
    assert_eq!(described_as(text, "Antitrust Division", p, ""), o);
    assert_eq!(described_as(text, "Antitrust Division", s, ""), o);
    assert_eq!(described_as(text, "Antitrust Division", EntityKind::Location, ""), o);
    assert_eq!(described_as(text, "Antitrust Division", p, "typing-division-name"), p);
    // a company's division keeps the typing's kind
    assert_eq!(described_as(text, "Antitrust Division", c, ""), c);
    // a product's name with a number, or one opened by "The", stays a product (the names as a
    // recogniser would read them)
    for name in ["Velmora Division 2", "The Velmora Division"] {
        let mut d = rules_doc("Quillmarsh Foods said players of Velmora Division met in Leeds.", None);
        let e = entity(&d, "Velmora Division");
        d.entities[e].name = name.to_string();
        set_kind(&mut d, e, s);
        settle(&mut d, RuleSet::ALL, &[], &[]);
        assert_eq!(d.entities[e].kind, s, "{name}");
    }
}

#[test]
fn a_division_of_a_body_is_one_name_and_an_organisation() {
    use crate::pipeline::{complete, prepare};
    use crate::recognise::rules::Rules;
    let text = "Orla Venn, Director of the Commission's Division of Corporation Finance, said Quillmarsh Foods \
                had filed late.";
    let names = |off: &str| -> Vec<String> {
        let mut d = prepare(newskg_doc::Article::from_text("t", text));
        let mentions = Rules::new(None).with_disabled(RuleSet::parse(off).unwrap()).combine(&d, &[], false);
        complete(&mut d, mentions);
        d.entities.iter().map(|e| e.name.clone()).collect()
    };
    let on = names("");
    assert!(on.iter().any(|n| n == "Division of Corporation Finance"), "{on:?}");
    let off = names("recognise-division-of");
    assert!(!off.iter().any(|n| n == "Division of Corporation Finance"), "{off:?}");
    // whatever the typing made of it, the unit is a body
    for kind in [EntityKind::Company, EntityKind::Person, EntityKind::Service] {
        assert_eq!(described_as(text, "Division of Corporation Finance", kind, ""), EntityKind::Organization);
    }
    assert_eq!(
        described_as(text, "Division of Corporation Finance", EntityKind::Company, "typing-division-name"),
        EntityKind::Company
    );
}
