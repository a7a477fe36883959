//! `newskg rules` and `--disable-rules`: the rule list, a clear error for an unknown name, and a
//! switched-off rule's fact gone from `extract`'s output while the rest stays.

use crate::{newskg, ok, run, tempdir};

#[test]
fn rules_lists_every_name_with_its_description() {
    let out = ok(newskg().arg("rules"));
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() >= 30, "{out}");
    for line in &lines {
        let (name, what) = line.split_once("  ").unwrap_or_else(|| panic!("no description: {line}"));
        assert!(name.contains('-') && !what.trim().is_empty(), "{line}");
    }
    assert!(lines.iter().any(|l| l.starts_with("outages-cause ")), "{out}");
}

#[test]
fn an_unknown_rule_name_is_refused_by_name() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, "Brisk Lane Ltd opened an office.").unwrap();
    let (code, _, err) = run(newskg().args(["extract", "--disable-rules", "outages-cause,no-such-rule"]).arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no-such-rule") && err.contains("newskg rules"), "{err}");
}

#[test]
fn a_disabled_rule_drops_its_fact_and_names_itself_in_the_pipeline() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(
        &file,
        "id: r1\npublished: 2024-03-06\n\nQuillmark Networks said an outage on Tuesday that took down its Parcelly \
         app for two hours was caused by a faulty software update.",
    )
    .unwrap();
    let outage = |args: &[&str]| -> serde_json::Value {
        let v: serde_json::Value = serde_json::from_str(&ok(newskg().arg("extract").args(args).arg(&file))).unwrap();
        let o = v["outages"].as_array().unwrap_or_else(|| panic!("no outages: {v}"));
        assert_eq!(o.len(), 1, "{v}");
        serde_json::json!({ "outage": o[0], "pipeline": v["pipeline"] })
    };
    let on = outage(&[]);
    assert!(on["outage"]["cause"].as_str().is_some_and(|c| c.contains("software update")), "{on}");
    let off = outage(&["--disable-rules", "outages-cause"]);
    assert!(off["outage"]["cause"].is_null(), "{off}");
    assert_eq!(off["outage"]["provider"], on["outage"]["provider"], "{off}");
    assert!(off["pipeline"].as_str().unwrap().contains("+without:outages-cause"), "{off}");
}
