//! Unit tests for the temporal tagger.
//!
//! Consumes hand-written sentences (none taken from the evaluation articles) with a publication
//! date; checks the produced mentions (covered text + lexical value), durations, and that no
//! input makes the tagger panic or produce bad spans.

use chrono::NaiveDate;

use super::*;

fn pubdate(s: &str) -> Option<NaiveDate> {
    if s.is_empty() { None } else { NaiveDate::parse_from_str(s, "%Y-%m-%d").ok() }
}

fn got(text: &str, ctx: &TimeContext) -> Vec<(String, String)> {
    tag_times(text, ctx).iter().map(|m| (text[m.start..m.end].to_string(), m.value.lexical())).collect()
}

fn want(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

/// One case: `text` published on `published` ("" = unknown) yields exactly `expected`
/// (covered text, lexical value). Returns a description of the mismatch, if any.
fn check_one(text: &str, published: &str, expected: &[(&str, &str)]) -> Option<String> {
    let ctx = TimeContext { published: pubdate(published), default_offset_minutes: None };
    let g = got(text, &ctx);
    let w = want(expected);
    if g == w {
        None
    } else {
        Some(format!("\n  text: {text:?} (published {published})\n  want: {w:?}\n  got:  {g:?}"))
    }
}

fn check(text: &str, published: &str, expected: &[(&str, &str)]) {
    if let Some(msg) = check_one(text, published, expected) {
        panic!("{msg}");
    }
}

type Case = (&'static str, &'static str, &'static [(&'static str, &'static str)]);

#[rustfmt::skip]
const CASES: &[Case] = &[
    // ---- absolute dates
    ("The plant reopened on 3 March 2024 after repairs.", "2024-05-15", &[("3 March 2024", "2024-03-03")]),
    ("Shipments resumed on March 3rd, 2024, the firm said.", "2024-05-15", &[("March 3rd, 2024", "2024-03-03")]),
    ("The vote took place on March 3.", "2024-05-15", &[("March 3", "2024-03-03")]),
    ("Trading halted on Mar. 3 for an hour.", "2024-05-15", &[("Mar. 3", "2024-03-03")]),
    ("The firm filed its report on 2024-03-03.", "2024-05-15", &[("2024-03-03", "2024-03-03")]),
    ("The contract was signed on 03/04/2024 in Ohio.", "2024-05-15", &[("03/04/2024", "2024-03-04")]),
    ("The contract was signed on 25/04/2024.", "2024-05-15", &[("25/04/2024", "2024-04-25")]),
    ("The recall began on 4/25/2024.", "2024-05-15", &[("4/25/2024", "2024-04-25")]),
    (
        "Parliament met on 5 May 2024 and again on 03/06/2024.",
        "2024-07-01",
        &[("5 May 2024", "2024-05-05"), ("03/06/2024", "2024-06-03")],
    ),
    ("Records dated 2023/11/02 were lost.", "2024-05-15", &[("2023/11/02", "2023-11-02")]),
    ("Die Sitzung fand am 12.09.2023 statt.", "2024-05-15", &[("12.09.2023", "2023-09-12")]),
    ("The leap-day deadline was Feb. 29, 2024.", "2024-05-15", &[("Feb. 29, 2024", "2024-02-29")]),
    ("The memo was dated February 30, 2023.", "2023-06-01", &[]),
    ("He was hired on 3 March.", "2024-05-15", &[("3 March", "2024-03-03")]),
    ("Sales will start on December 2.", "2024-05-15", &[("December 2", "2024-12-02")]),
    ("The breach was found on December 2.", "2024-05-15", &[("December 2", "2023-12-02")]),
    ("A hearing is set for June 20.", "2024-05-15", &[("June 20", "2024-06-20")]),
    ("The board meets on Tuesday, December 7th.", "2021-12-01", &[("Tuesday, December 7th", "2021-12-07")]),
    ("The firm was founded on December 7th 2001.", "2024-05-15", &[("December 7th 2001", "2001-12-07")]),
    ("The outage was fixed on the 9th of June.", "2024-06-20", &[("the 9th of June", "2024-06-09")]),
    ("A fault on 30 December left users offline.", "2025-01-04", &[("30 December", "2024-12-30")]),
    ("Bookings open on January 5.", "2024-12-20", &[("January 5", "2025-01-05")]),
    ("The fair ran from March 3 to March 5.", "2024-05-15", &[("March 3", "2024-03-03"), ("March 5", "2024-03-05")]),
    ("The fair ran March 3-5, 2023.", "2024-05-15", &[("March 3", "2023-03-03"), ("5, 2023", "2023-03-05")]),
    ("Ein Termin am Freitag, 7. März.", "2025-02-06", &[]),
    ("Le 3 mars — rien.", "2024-05-15", &[]),
    // ---- weekdays
    ("The regulator said on Sunday that it would investigate.", "2024-05-15", &[("Sunday", "2024-05-12")]),
    ("The company will publish its findings on Monday.", "2024-05-15", &[("Monday", "2024-05-20")]),
    ("Engineers restored service on Wednesday.", "2024-05-15", &[("Wednesday", "2024-05-15")]),
    ("The bank's app crashed last Monday.", "2024-05-15", &[("last Monday", "2024-05-13")]),
    // a negated or perfect "could"/"would" speaks of the past; a bare one of the future
    ("Riders could not buy tickets on Monday.", "2024-05-15", &[("Monday", "2024-05-13")]),
    ("The card reader would not work on Monday.", "2024-05-15", &[("Monday", "2024-05-13")]),
    ("The repair could finish on Monday.", "2024-05-15", &[("Monday", "2024-05-20")]),
    // a participle used as an adjective ("scheduled maintenance") says nothing about tense
    ("Scheduled maintenance on Monday caused an outage at the bank.", "2024-05-15", &[("Monday", "2024-05-13")]),
    ("A planned upgrade on Sunday knocked the carrier's network offline.", "2024-05-15", &[("Sunday", "2024-05-12")]),
    ("Planned maintenance on Saturday will take the app offline.", "2024-05-15", &[("Saturday", "2024-05-18")]),
    ("The upgrade is scheduled for Saturday.", "2024-05-15", &[("Saturday", "2024-05-18")]),
    ("The airline scheduled maintenance on Friday.", "2024-05-15", &[("Friday", "2024-05-17")]),
    ("The bank's app crashed last Tuesday.", "2024-05-15", &[("last Tuesday", "2024-05-07")]),
    ("The review will finish next Friday.", "2024-05-15", &[("next Friday", "2024-05-17")]),
    ("Shares slid on Friday morning.", "2024-05-15", &[("Friday morning", "2024-05-10")]),
    ("The site went down late on Saturday.", "2025-02-06", &[("late on Saturday", "2025-02-01")]),
    ("Black Friday sales were strong.", "2024-12-02", &[]),
    ("She writes for the Sunday Times.", "2024-12-02", &[]),
    ("The gym is closed on Mondays.", "2024-12-02", &[]),
    ("Friday's outage affected thousands.", "2024-05-15", &[("Friday", "2024-05-10")]),
    ("Investors expect the firm to report results on Thursday.", "2024-05-15", &[("Thursday", "2024-05-16")]),
    ("Regulators approved the deal on Thursday.", "2024-05-15", &[("Thursday", "2024-05-09")]),
    // a present-tense verb after a determiner is a noun: no future ("a report on Thursday")
    ("According to a filing on Thursday by the lender, two ledgers leaked.", "2024-05-15", &[("Thursday", "2024-05-09")]),
    ("The merger is likely to be sealed on Friday when the board meets.", "2024-05-15", &[("Friday", "2024-05-17")]),
    // ---- tense of the clause the date sits in
    ("The carrier has a June 1 deadline to file its plan.", "2024-05-07", &[("June 1", "2024-06-01")]),
    ("It had set the deadline at June 1 for a new plan.", "2024-05-07", &[("June 1", "2024-06-01")]),
    ("Jane Roe is to succeed him in September.", "2024-03-08", &[("September", "2024-09")]),
    ("Acme announced today a new product event to be held on October 12.", "2024-10-04", &[("today", "2024-10-04"), ("October 12", "2024-10-12")]),
    ("The bakery chain has said that it wants to close 80 of its shops by early June.", "2024-05-14", &[("early June", "2024-06")]),
    ("Citing an April 2 memo, staff said the unit would close.", "2024-04-09", &[("April 2", "2024-04-02")]),
    ("The regulator said the review would end in the fourth quarter.", "2024-08-19", &[("the fourth quarter", "2024-Q4")]),
    ("Acme said it would cut jobs, with plants closing during the fourth quarter.", "2024-08-19", &[("the fourth quarter", "2024-Q4")]),
    ("Without a date, Sunday cannot be resolved.", "", &[]),
    // ---- relative days and periods
    ("The firm disclosed the breach yesterday.", "2024-05-15", &[("yesterday", "2024-05-14")]),
    ("Markets opened lower today.", "2024-05-15", &[("today", "2024-05-15")]),
    ("The app was restored this morning.", "2024-05-15", &[("this morning", "2024-05-15")]),
    ("Staff were told last night.", "2024-05-15", &[("last night", "2024-05-14")]),
    ("Results are due tomorrow.", "2024-05-15", &[("tomorrow", "2024-05-16")]),
    ("Prices rose sharply last month.", "2024-01-10", &[("last month", "2023-12")]),
    ("The merger closed earlier this month.", "2024-05-15", &[("earlier this month", "2024-05")]),
    ("Revenue doubled this year.", "2024-05-15", &[("this year", "2024")]),
    ("Revenue fell last year.", "2024-05-15", &[("last year", "2023")]),
    ("A new chip is planned for early next year.", "2024-05-15", &[("early next year", "2025")]),
    ("The rollout will happen later this year.", "2024-05-15", &[("later this year", "2024")]),
    ("The unit was sold last week.", "2024-05-15", &[]),
    ("The chief executive resigned last December.", "2024-05-15", &[("last December", "2023-12")]),
    ("The store will open next May.", "2024-05-15", &[("next May", "2025-05")]),
    ("The firm will list its shares by the end of the year.", "2024-05-15", &[("the end of the year", "2024-12")]),
    // ---- the edge of a year is the year; a month "of this/last/next year" is one month
    ("Debt stood at $4bn at the end of last year.", "2024-05-15", &[("the end of last year", "2023")]),
    ("The index has slid since the beginning of the year.", "2024-05-15", &[("the beginning of the year", "2024")]),
    ("Cash fell by the close of 2022.", "2024-05-15", &[("the close of 2022", "2022")]),
    ("Staff will move out by the end of the month.", "2024-05-15", &[("the end of the month", "2024-05")]),
    ("The mill was idle from April of last year.", "2024-05-15", &[("April of last year", "2023-04")]),
    ("She has been on leave since January of this year.", "2024-05-15", &[("January of this year", "2024-01")]),
    ("Licences lapse after October of next year.", "2024-05-15", &[("October of next year", "2025-10")]),
    // ---- "financial" far from the year does not make it fiscal
    ("The mill ran into financial trouble in 2003.", "2024-05-15", &[("2003", "2003")]),
    ("Its financial year 2023 closed well.", "2024-05-15", &[]),
    // ---- a year after a possessive, before a noun; years before 1900
    ("Brightmoor's 2019 turnover beat forecasts.", "2024-05-15", &[("2019", "2019")]),
    ("The bakery was set up in 1887 in a village.", "2024-05-15", &[("1887", "1887")]),
    // ---- delays, spans and eras are no dates
    ("The ferry docked two days later than scheduled.", "2024-05-15", &[]),
    ("Output rose 8% over the last year and will double within the next year.", "2024-05-15", &[]),
    ("Output rose 8% last year.", "2024-05-15", &[("last year", "2023")]),
    ("These are the trains of tomorrow, he said.", "2024-05-15", &[]),
    ("The fare rises as of tomorrow.", "2024-05-15", &[("tomorrow", "2024-05-16")]),
    ("Under part of tomorrow's plan the fare rises.", "2024-05-15", &[("tomorrow", "2024-05-16")]),
    ("He told Radio Today that fares would rise.", "2024-05-15", &[]),
    // ---- a past-tense cue about a day a year back when the day is due within a month
    ("A court hearing was scheduled for June 3.", "2024-05-20", &[("June 3", "2024-06-03")]),
    ("The branch closed on April 3.", "2024-05-20", &[("April 3", "2024-04-03")]),
    // ---- "a year ago" is a month; a month with a possessive is a date
    ("Its market share is 9%, up from 7% a year ago.", "2024-05-20", &[("a year ago", "2023-05")]),
    ("Sales in March rose 4% from a year ago.", "2024-05-20", &[("March", "2024-03"), ("a year ago", "2023-03")]),
    ("Output beat February's level.", "2024-05-20", &[("February", "2024-02")]),
    ("Critics attacked May's plan.", "2024-05-20", &[]),
    ("The mine opened in 2011 and the following year it flooded.", "2024-05-20", &[("2011", "2011"), ("the following year", "2012")]),
    ("Sales will double over the next year.", "2024-05-20", &[]),
    ("The plant shut three days ago.", "2024-05-15", &[("three days ago", "2024-05-12")]),
    ("The unit was spun off two years ago.", "2024-05-15", &[("two years ago", "2022")]),
    // ---- seasons: the year they fall in
    ("The chain will open ten stores this summer.", "2024-03-15", &[("this summer", "2024")]),
    ("The deal is expected to close in the fall.", "2024-04-18", &[("the fall", "2024")]),
    ("Sales slumped last winter.", "2024-02-10", &[("last winter", "2023")]),
    ("The line was built in the summer of 2019.", "2024-02-10", &[("the summer of 2019", "2019")]),
    ("Investors fretted over the fall in prices.", "2024-02-10", &[]),
    ("She unveiled the spring collection.", "2024-02-10", &[]),
    // ---- bare years: a serial comma in a list, a year as the subject of its clause
    ("Its sales fell in 2019, 2020, and 2021.", "2024-05-15", &[("2019", "2019"), ("2020", "2020"), ("2021", "2021")]),
    ("\"For us, 2023 was a turning point,\" she said.", "2024-05-15", &[("2023", "2023")]),
    ("The plant employs 2023 people and 1950 robots.", "2024-05-15", &[]),
    (
        "The first alarm came on 4 May. A day later the system failed.",
        "2024-05-15",
        &[("4 May", "2024-05-04"), ("A day later", "2024-05-05")],
    ),
    (
        "The deal closed on June 3 and the stock jumped the next day.",
        "2024-06-20",
        &[("June 3", "2024-06-03"), ("the next day", "2024-06-04")],
    ),
    ("The outage hit on 2 July, the day before the launch.", "2024-07-10", &[("2 July", "2024-07-02"), ("the day before", "2024-07-01")]),
    // ---- months without a year
    ("The company was listed in June.", "2024-05-15", &[("June", "2023-06")]),
    ("The company will list in June.", "2024-05-15", &[("June", "2024-06")]),
    ("The firm cut prices in February.", "2024-05-15", &[("February", "2024-02")]),
    ("Sales have grown since April.", "2024-05-15", &[("April", "2024-04")]),
    ("She stayed on through October.", "2024-05-15", &[("October", "2023-10")]),
    ("The network was upgraded in mid-June.", "2024-07-01", &[("mid-June", "2024-06")]),
    ("The cable was cut in late January.", "2024-02-10", &[("late January", "2024-01")]),
    ("You may see delays.", "2024-05-15", &[]),
    ("May be the best quarter yet, analysts said.", "2024-05-15", &[]),
    ("Protesters march on the capital.", "2024-05-15", &[]),
    ("April Jones joined the board.", "2024-05-15", &[]),
    ("The upgrade happened in May 2023.", "2024-05-15", &[("May 2023", "2023-05")]),
    ("The changes take effect September this year.", "2024-05-15", &[("September this year", "2024-09")]),
    ("The launch slipped to March next year.", "2024-05-15", &[("March next year", "2025-03")]),
    ("Output grew in May and June.", "2024-08-15", &[("May", "2024-05"), ("June", "2024-06")]),
    // ---- years
    ("The firm was founded in 1998.", "2024-05-15", &[("1998", "1998")]),
    ("It has operated the site since 2007.", "2024-05-15", &[("2007", "2007")]),
    ("The company has 2019 employees.", "2024-05-15", &[]),
    ("It paid $2019 for the domain.", "2024-05-15", &[]),
    ("The fleet grew to 2,019 servers.", "2024-05-15", &[]),
    ("Windows 2000 Server is still used.", "2024-05-15", &[]),
    ("The servers ran Windows in 2000 and 2001.", "2024-05-15", &[("2000", "2000"), ("2001", "2001")]),
    ("Output rose between 2015 and 2018.", "2024-05-15", &[("2015", "2015"), ("2018", "2018")]),
    ("The contract runs during 2025-2027.", "2024-05-15", &[("2025", "2025"), ("2027", "2027")]),
    ("Growth slowed in early 2023.", "2024-05-15", &[("early 2023", "2023")]),
    ("The 1990s were a boom time.", "2024-05-15", &[]),
    ("Revenue hit records in fiscal 2024.", "2024-05-15", &[]),
    ("Prices were quoted in 1999 euros.", "2024-05-15", &[]),
    ("The company was founded in 2012, without a publication date.", "", &[("2012", "2012")]),
    ("Its best year was 2019's record run.", "2024-05-15", &[("2019", "2019")]),
    // ---- other non-dates
    ("Inflation was 5.44 percent in April.", "2024-05-15", &[("April", "2024-04")]),
    ("Upgrade to version 3.12 before June.", "2024-05-15", &[("June", "2024-06")]),
    ("Support is available 24/7.", "2024-05-15", &[]),
    ("The memorial honours 9/11 victims.", "2024-05-15", &[]),
    ("Half the 12/31 filings were late.", "2024-05-15", &[]),
    ("Its ratio improved to 3:1 overall.", "2024-05-15", &[]),
    // ---- quarters
    ("Profit rose in Q3 2024.", "2024-11-05", &[("Q3 2024", "2024-Q3")]),
    ("Profit rose in the third quarter.", "2024-11-05", &[("the third quarter", "2024-Q3")]),
    ("The deal should close in the first quarter.", "2024-11-05", &[("the first quarter", "2025-Q1")]),
    ("Sales fell in the fourth quarter of 2022.", "2024-11-05", &[("the fourth quarter of 2022", "2022-Q4")]),
    ("Its fiscal second quarter was weak.", "2024-11-05", &[]),
    ("Revenue jumped in the March quarter.", "2024-05-15", &[("the March quarter", "2024-Q1")]),
    ("Margins shrank last quarter.", "2024-05-15", &[("last quarter", "2024-Q1")]),
    (
        "Sales rose in the second quarter of 2023, up 9% from a year earlier.",
        "2024-05-15",
        &[("the second quarter of 2023", "2023-Q2"), ("a year earlier", "2022-Q2")],
    ),
    ("Earnings for 3Q24 beat forecasts.", "2024-11-05", &[("3Q24", "2024-Q3")]),
    ("Orders grew in Q2'25.", "2025-09-01", &[("Q2'25", "2025-Q2")]),
    ("The firm will report its December quarter results next week.", "2024-11-05", &[("December quarter", "2024-Q4")]),
    // ---- clock times
    ("The outage began at 5.44pm on Sunday.", "2024-05-15", &[("5.44pm on Sunday", "2024-05-12T17:44:00")]),
    ("On Tuesday at 14:05 UTC, the database failed.", "2024-05-15", &[("Tuesday at 14:05 UTC", "2024-05-14T14:05:00Z")]),
    (
        "Power was lost at 7:30 a.m. Pacific time on Tuesday, July 9.",
        "2024-07-12",
        &[("7:30 a.m. Pacific time on Tuesday, July 9", "2024-07-09T07:30:00-07:00")],
    ),
    (
        "Users saw errors on Monday. The first alert fired at 9.11pm HKT and service returned at 11.30pm.",
        "2024-05-15",
        &[("Monday", "2024-05-13"), ("9.11pm HKT", "2024-05-13T21:11:00+08:00"), ("11.30pm", "2024-05-13T23:30:00")],
    ),
    (
        "Flights were grounded from 16:21 to 16:50 UTC on Friday.",
        "2024-05-15",
        &[("16:21", "2024-05-10T16:21:00Z"), ("16:50 UTC on Friday", "2024-05-10T16:50:00Z")],
    ),
    (
        "The site was down on 2 May between 9am and 11.30am.",
        "2024-05-15",
        &[("2 May between 9am", "2024-05-02T09:00:00"), ("11.30am", "2024-05-02T11:30:00")],
    ),
    (
        "On 4 June the maintenance window ran from 23:30 to 01:15.",
        "2024-06-20",
        &[("4 June", "2024-06-04"), ("23:30", "2024-06-04T23:30:00"), ("01:15", "2024-06-05T01:15:00")],
    ),
    ("The incident started at noon on Saturday.", "2024-05-15", &[("noon on Saturday", "2024-05-11T12:00:00")]),
    ("The team worked past midnight.", "2024-05-15", &[]),
    ("Traffic peaked at 5.44 percent.", "2024-05-15", &[]),
    ("The alarm sounded at 10am.", "2024-05-15", &[]),
    ("The alarm sounded at 10am today.", "2024-05-15", &[("10am today", "2024-05-15T10:00:00")]),
    (
        "The service failed at 09:47 UTC on 8 June and recovered at 10:36 UTC.",
        "2024-06-09",
        &[("09:47 UTC on 8 June", "2024-06-08T09:47:00Z"), ("10:36 UTC", "2024-06-08T10:36:00Z")],
    ),
    (
        "The failure began at 3:15 p.m. CST on Monday in Dallas.",
        "2024-01-17",
        &[("3:15 p.m. CST on Monday", "2024-01-15T15:15:00-06:00")],
    ),
    (
        "Alipay users in China reported errors at 3:15 p.m. CST on Monday.",
        "2024-01-17",
        &[("3:15 p.m. CST on Monday", "2024-01-15T15:15:00+08:00")],
    ),
    (
        "Trading stopped at 10:05 a.m. Eastern time on March 11, 2024.",
        "2024-05-15",
        &[("10:05 a.m. Eastern time on March 11, 2024", "2024-03-11T10:05:00-04:00")],
    ),
    (
        "Trading stopped at 10:05 a.m. Eastern time on March 8, 2024.",
        "2024-05-15",
        &[("10:05 a.m. Eastern time on March 8, 2024", "2024-03-08T10:05:00-05:00")],
    ),
    ("The log shows 2024-03-05T14:05Z as the first error.", "2024-05-15", &[("2024-03-05T14:05Z", "2024-03-05T14:05:00Z")]),
    ("Services failed at 21:10 UTC+8 on Sunday.", "2024-05-15", &[("21:10 UTC+8 on Sunday", "2024-05-12T21:10:00+08:00")]),
    ("Talks resumed at 1600 GMT on Friday.", "2024-05-15", &[("1600 GMT on Friday", "2024-05-10T16:00:00Z")]),
    ("The fault was fixed by 2:40 p.m. yesterday.", "2024-05-15", &[("2:40 p.m. yesterday", "2024-05-14T14:40:00")]),
    (
        "Disks failed on Friday evening. Engineers arrived at 9 to 11pm.",
        "2024-05-15",
        &[("Friday evening", "2024-05-10"), ("9", "2024-05-10T21:00:00"), ("11pm", "2024-05-10T23:00:00")],
    ),
    (
        "It broke on 6 May.\n\nA patch shipped on 9 May.\n\nThe 6 May fault began at 08:15 GMT.",
        "2024-05-15",
        &[("6 May", "2024-05-06"), ("9 May", "2024-05-09"), ("The 6 May", "2024-05-06"), ("08:15 GMT", "2024-05-06T08:15:00Z")],
    ),
    (
        "The outage hit on Monday. Engineers said on Monday that a fix would take time. A patch shipped on Wednesday. The fault had begun at 13:00 UTC.",
        "2024-05-15",
        &[("Monday", "2024-05-13"), ("Monday", "2024-05-13"), ("Wednesday", "2024-05-15"), ("13:00 UTC", "2024-05-13T13:00:00Z")],
    ),
    (
        "A crash on Monday was fixed on Tuesday. Monday's crash started at 13:00 UTC and staff noticed at 13:20 UTC.",
        "2024-05-15",
        &[
            ("Monday", "2024-05-13"),
            ("Tuesday", "2024-05-14"),
            ("Monday", "2024-05-13"),
            ("13:00 UTC", "2024-05-13T13:00:00Z"),
            ("13:20 UTC", "2024-05-13T13:20:00Z"),
        ],
    ),
    // ---- tense and clause heuristics
    ("The store is closed until Monday.", "2024-03-20", &[("Monday", "2024-03-25")]),
    ("The outage lasted until Monday.", "2024-03-20", &[("Monday", "2024-03-18")]),
    ("She will succeed the founder on July 1.", "2024-06-14", &[("July 1", "2024-07-01")]),
    ("The move should be completed by the end of the June quarter.", "2024-02-11", &[("the end of the June quarter", "2024-Q2")]),
    ("The firm will report its second-quarter results on July 25.", "2024-03-20", &[("second-quarter", "2024-Q2"), ("July 25", "2024-07-25")]),
    ("Shares closed at 12.40 on Friday, down 3%.", "2024-03-20", &[("Friday", "2024-03-15")]),
    ("Sales fell after the 2022 outage.", "2024-03-20", &[("2022", "2022")]),
    ("The 2000 employees were told on Monday.", "2024-03-20", &[("Monday", "2024-03-18")]),
    (
        "The fault began at 11:58 p.m. on Dec. 31 and was fixed at 12:20 a.m.",
        "2024-03-20",
        &[("11:58 p.m. on Dec. 31", "2023-12-31T23:58:00"), ("12:20 a.m.", "2024-01-01T00:20:00")],
    ),
    ("The outage began at 9pm, the company said on Monday.", "2024-03-20", &[("Monday", "2024-03-18")]),
    ("Users on Sunday saw errors from 9pm.", "2024-03-20", &[("Sunday", "2024-03-17"), ("9pm", "2024-03-17T21:00:00")]),
    ("A post on Sunday, Nov. 12 described the fault.", "2024-03-20", &[("Sunday, Nov. 12", "2023-11-12")]),
    ("Patch Tuesday fixes arrived late.", "2024-03-20", &[]),
    ("The window runs from 9:00 to 17:00 CET on weekdays.", "2024-03-20", &[]),
    ("Trading resumed at 2:15 p.m. ET (1915 GMT) on Wednesday.", "2024-03-20", &[("2:15 p.m. ET", "2024-03-20T14:15:00-04:00"), ("1915 GMT", "2024-03-20T19:15:00Z"), ("Wednesday", "2024-03-20")]),
    ("The cache failed 16:21–16:50 UTC on 3 May.", "2024-05-15", &[("16:21", "2024-05-03T16:21:00Z"), ("16:50 UTC on 3 May", "2024-05-03T16:50:00Z")]),
    ("Sales peaked on Christmas Day and New Year's Eve.", "2024-03-20", &[("Christmas Day", "2023-12-25"), ("New Year's Eve", "2023-12-31")]),
    ("The firm aims to finish by year-end.", "2024-03-20", &[("year-end", "2024-12")]),
    ("In 2023's third quarter profit rose.", "2024-03-20", &[("2023's third quarter", "2023-Q3")]),
    ("The report covers 2024-03 and 2011-12.", "2024-05-15", &[("2024-03", "2024-03")]),
    ("He retired at the end of September.", "2024-05-15", &[("the end of September", "2023-09")]),
    ("A bug appeared on 2/28 and was fixed on 3/1.", "2024-05-15", &[("2/28", "2024-02-28"), ("3/1", "2024-03-01")]),
    ("The Audi Q3 sold well. In Q3 sales rose.", "2024-05-14", &[("Q3", "2023-Q3")]),
    ("Witnesses: A and B.\n\nQ1 Chair: Welcome. Q2 sales rose.", "2024-05-14", &[("Q2", "2024-Q2")]),
    ("Q3 Mr. Lane: I agree.\nQ4 2023 was weak.", "2024-05-14", &[("Q4 2023", "2023-Q4")]),
    ("Q1 results: profit rose.", "2024-05-14", &[("Q1", "2024-Q1")]),
    ("Its first quarter-century was calm.", "2024-05-14", &[]),
    // ---- non-ASCII text around dates
    ("Der Ausfall – am 3 March 2024 – betraf Zürich.", "2024-05-15", &[("3 March 2024", "2024-03-03")]),
    ("故障发生在 March 3, 2024 凌晨。", "2024-05-15", &[("March 3, 2024", "2024-03-03")]),
];

#[test]
fn table() {
    assert!(CASES.len() >= 100, "only {} cases", CASES.len());
    let failures: Vec<String> =
        CASES.iter().filter_map(|(text, published, expected)| check_one(text, published, expected)).collect();
    assert!(failures.is_empty(), "{} of {} cases failed:{}", failures.len(), CASES.len(), failures.concat());
}

#[test]
fn single_check_helper() {
    check("It launched on 1 April 2020.", "2024-05-15", &[("1 April 2020", "2020-04-01")]);
}

#[test]
fn default_offset_and_local_time() {
    let ctx = TimeContext { published: pubdate("2024-05-15"), default_offset_minutes: Some(480) };
    assert_eq!(
        got("Payments failed at 7.42pm on Sunday and resumed at 11am local time on Monday.", &ctx),
        want(&[
            ("7.42pm on Sunday", "2024-05-12T19:42:00+08:00"),
            ("11am local time on Monday", "2024-05-13T11:00:00+08:00"),
        ])
    );
    // A stated zone beats the default.
    assert_eq!(
        got("The link dropped at 02:10 UTC on Sunday.", &ctx),
        want(&[("02:10 UTC on Sunday", "2024-05-12T02:10:00Z")])
    );
    // "local time" without a default has no offset.
    let bare = TimeContext { published: pubdate("2024-05-15"), default_offset_minutes: None };
    assert_eq!(
        got("It failed at 11am local time on Monday.", &bare),
        want(&[("11am local time on Monday", "2024-05-13T11:00:00")])
    );
}

#[test]
fn nested_reports_inner_day() {
    let ctx = TimeContext { published: pubdate("2024-05-15"), default_offset_minutes: None };
    let text = "The outage began at 04:10 UTC on Friday, 10 May.";
    let got: Vec<(String, String)> =
        tag_times_nested(text, &ctx).iter().map(|m| (text[m.start..m.end].to_string(), m.value.lexical())).collect();
    assert_eq!(
        got,
        want(&[("04:10 UTC on Friday, 10 May", "2024-05-10T04:10:00Z"), ("Friday, 10 May", "2024-05-10"),])
    );
}

#[test]
fn value_forms() {
    let d = NaiveDate::from_ymd_opt(2023, 12, 5).expect("valid");
    let cases: &[(TimeValue, &str, Option<&str>)] = &[
        (TimeValue::Year(2023), "2023", Some("gYear")),
        (TimeValue::YearMonth { year: 2023, month: 12 }, "2023-12", Some("gYearMonth")),
        (TimeValue::Quarter { year: 2023, quarter: 3 }, "2023-Q3", None),
        (TimeValue::Date(d), "2023-12-05", Some("date")),
        (
            TimeValue::DateTime { date: d, hour: 17, minute: 44, offset_minutes: Some(480) },
            "2023-12-05T17:44:00+08:00",
            Some("dateTime"),
        ),
        (
            TimeValue::DateTime { date: d, hour: 7, minute: 4, offset_minutes: Some(-330) },
            "2023-12-05T07:04:00-05:30",
            Some("dateTime"),
        ),
        (
            TimeValue::DateTime { date: d, hour: 7, minute: 4, offset_minutes: Some(0) },
            "2023-12-05T07:04:00Z",
            Some("dateTime"),
        ),
        (
            TimeValue::DateTime { date: d, hour: 7, minute: 4, offset_minutes: None },
            "2023-12-05T07:04:00",
            Some("dateTime"),
        ),
    ];
    // The datatypes are checked where they are chosen, in newskg-rdf's `time_literal` test.
    for (v, lex, _datatype) in cases {
        assert_eq!(v.lexical(), *lex);
    }
    assert_eq!(TimeValue::Date(d).date(), Some(d));
    assert_eq!(TimeValue::Year(2023).date(), None);
}

type DurCase = (&'static str, &'static [(&'static str, u32, bool)]);

#[rustfmt::skip]
const DURATIONS: &[DurCase] = &[
    ("The outage lasted about six hours.", &[("about six hours", 360, true)]),
    ("Service was down for 49 minutes.", &[("49 minutes", 49, false)]),
    ("It took three and a half hours to recover.", &[("three and a half hours", 210, false)]),
    ("The fix took an hour and a half.", &[("an hour and a half", 90, false)]),
    ("Engineers needed half an hour.", &[("half an hour", 30, false)]),
    ("Downtime was 2h 15m in total.", &[("2h 15m", 135, false)]),
    ("A 90-minute outage hit users.", &[("90-minute", 90, false)]),
    ("It was offline for more than six hours.", &[("more than six hours", 360, true)]),
    ("Recovery took nearly 90 minutes.", &[("nearly 90 minutes", 90, true)]),
    ("It was a 49-minute outage.", &[("49-minute", 49, false)]),
    ("The system was down for about 3.5 hours.", &[("about 3.5 hours", 210, true)]),
    ("The backlog cleared after 2 hours and 15 minutes.", &[("2 hours and 15 minutes", 135, false)]),
    ("It lasted a couple of hours.", &[("a couple of hours", 120, true)]),
    ("Staff are paid $30 an hour.", &[]),
    ("Backups run twice a day.", &[]),
    ("The fault appeared three days ago.", &[]),
    ("The sale ended a day before the crash.", &[]),
    ("Service returned 49 minutes after the failure began.", &[("49 minutes", 49, false)]),
    ("They suffered a six-hour outage.", &[("six-hour", 360, false)]),
    ("The failure lasted for 1h15m overall.", &[("1h15m", 75, false)]),
    ("The disruption lasted two days.", &[("two days", 2880, false)]),
    ("The outage stretched over 24 hours.", &[("over 24 hours", 1440, true)]),
    ("Repairs took several hours.", &[]),
    ("The outage lasted 40 minutes or so.", &[("40 minutes or so", 40, true)]),
    ("The region was offline for almost an hour.", &[("almost an hour", 60, true)]),
    ("The service ran at 5.44 percent.", &[]),
    ("Latency rose for twenty-five minutes.", &[("twenty-five minutes", 25, false)]),
    ("The update rolled back within a minute.", &[("within a minute", 1, true)]),
    ("It was down for the best part of an hour.", &[("the best part of an hour", 60, true)]),
    ("An outage of 4 hours, 30 minutes hit Ohio.", &[("4 hours, 30 minutes", 270, false)]),
    ("The queue drained in a week.", &[("a week", 10080, false)]),
    ("Over the weekend, nothing broke.", &[]),
    ("It raised $15m in 2 hours.", &[("2 hours", 120, false)]),
    ("Servers were down for 11 straight hours.", &[("11 straight hours", 660, false)]),
    ("It took three-quarters of an hour.", &[("three-quarters of an hour", 45, false)]),
    ("Users waited up to 1.5 hrs.", &[("up to 1.5 hrs", 90, true)]),
];

#[test]
fn durations() {
    assert!(DURATIONS.len() >= 20);
    let mut failures = Vec::new();
    for (text, expected) in DURATIONS {
        let got: Vec<(String, u32, bool)> =
            tag_durations(text).iter().map(|d| (text[d.start..d.end].to_string(), d.minutes, d.approximate)).collect();
        let want: Vec<(String, u32, bool)> = expected.iter().map(|(s, m, a)| (s.to_string(), *m, *a)).collect();
        if got != want {
            failures.push(format!("\n  text: {text:?}\n  want: {want:?}\n  got:  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.concat());
}

/// Deterministic pseudo-random generator (64-bit LCG).
#[derive(Debug)]
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        let i = (self.next() % xs.len() as u64) as usize;
        xs[i]
    }
}

#[test]
fn no_panics_and_well_formed_spans() {
    const PIECES: &[&str] = &[
        "May",
        "may",
        "March",
        "march",
        "Mar",
        ".",
        ",",
        ":",
        "/",
        "-",
        "–",
        "—",
        "'",
        "’",
        "(",
        ")",
        "+",
        "%",
        "$",
        "5.44pm",
        "5:44",
        "p.m.",
        "a.m",
        "am",
        "PM",
        "24/7",
        "9/11",
        "12/31",
        "2019",
        "1999",
        "2,019",
        "3.12",
        "12",
        "31",
        "0",
        "00",
        "99",
        "1600",
        "Q",
        "Q3",
        "3Q24",
        "UTC",
        "HKT",
        "CST",
        "Z",
        "T",
        "Pacific",
        "time",
        "local",
        "on",
        "at",
        "in",
        "since",
        "the",
        "end",
        "of",
        "quarter",
        "third",
        "fiscal",
        "Sunday",
        "Friday",
        "last",
        "next",
        "this",
        "year",
        "month",
        "week",
        "day",
        "days",
        "ago",
        "earlier",
        "later",
        "before",
        "yesterday",
        "today",
        "noon",
        "midnight",
        "between",
        "and",
        "to",
        "from",
        "early",
        "late",
        "mid",
        "half",
        "an",
        "a",
        "hour",
        "hours",
        "minute",
        "h",
        "m",
        "couple",
        "or",
        "so",
        "é",
        "日本",
        "🙂",
        "ﬁ",
        "İ",
        "ß",
        "\u{a0}",
        "\u{200b}",
        "\u{301}",
        "\n",
        "\t",
        "   ",
        "١٢",
        "٣",
        "²",
        "Ⅻ",
        "½",
    ];
    const SEPS: &[&str] = &["", " ", " ", " ", "\n", "\u{a0}"];
    let pubs = [
        pubdate("2024-05-15"),
        pubdate("2023-12-31"),
        pubdate("2024-01-01"),
        None,
        Some(NaiveDate::MIN),
        Some(NaiveDate::MAX),
    ];
    let mut rng = Lcg(0x5eed_1234_abcd_0042);
    for round in 0..4000 {
        let n = 1 + (rng.next() % 40) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(rng.pick(PIECES));
            text.push_str(rng.pick(SEPS));
        }
        let ctx = TimeContext {
            published: pubs[round % pubs.len()],
            default_offset_minutes: if round % 3 == 0 { Some(480) } else { None },
        };
        let check_spans = |spans: &[(usize, usize)], overlap_ok: bool| {
            let mut last_end = 0;
            let mut last_start = 0;
            for &(s, e) in spans {
                assert!(s < e && e <= text.len(), "bad span {s}..{e} in {text:?}");
                assert!(
                    text.is_char_boundary(s) && text.is_char_boundary(e),
                    "span {s}..{e} not on char boundary in {text:?}"
                );
                assert!(s >= last_start, "unsorted in {text:?}");
                if !overlap_ok {
                    assert!(s >= last_end, "overlap in {text:?}");
                }
                last_start = s;
                last_end = e;
            }
        };
        let t: Vec<(usize, usize)> = tag_times(&text, &ctx).iter().map(|m| (m.start, m.end)).collect();
        check_spans(&t, false);
        let nested: Vec<(usize, usize)> = tag_times_nested(&text, &ctx).iter().map(|m| (m.start, m.end)).collect();
        check_spans(&nested, true);
        let d: Vec<(usize, usize)> = tag_durations(&text).iter().map(|m| (m.start, m.end)).collect();
        check_spans(&d, false);
        for m in tag_times(&text, &ctx) {
            let _ = (m.value.lexical(), m.value.date());
        }
    }
    // Degenerate inputs.
    for text in ["", " ", "\n\n", "-", "on", "the end of", "at 5", "Q", "T14:05Z", "2024-"] {
        let ctx = TimeContext::default();
        let _ = tag_times(text, &ctx);
        let _ = tag_durations(text);
    }
}

#[test]
fn day_first_lists_give_each_day() {
    check(
        "The regulator said the lines were down between 12 and 13 May 2023.",
        "2024-02-01",
        &[("12", "2023-05-12"), ("13 May 2023", "2023-05-13")],
    );
    check("Crews worked 3 to 4 June on the line.", "2025-06-10", &[("3", "2025-06-03"), ("4 June", "2025-06-04")]);
    // A count before a date is no day of a list.
    check("Prices rose 14 and 2 March 2022.", "2024-01-01", &[("2 March 2022", "2022-03-02")]);
}

#[test]
fn bare_month_borrows_the_year_of_the_next_month() {
    check(
        "Sales fell in October and November of 2019, the firm said.",
        "2021-05-05",
        &[("October", "2019-10"), ("November of 2019", "2019-11")],
    );
    check("The plant shut from May to July 2020.", "2022-01-01", &[("May", "2020-05"), ("July 2020", "2020-07")]);
    // A later-first pair is not one range.
    check("It grew in June and March 2018.", "2020-01-01", &[("June", "2019-06"), ("March 2018", "2018-03")]);
}

#[test]
fn bare_weekday_repeats_an_earlier_last_weekday() {
    // Published on a Tuesday: "last Tuesday" is a week back, and the later past "Tuesday's" is that day;
    // the future "on Tuesday" stays today.
    check(
        "Officials met about last Tuesday's blackout. Tuesday's blackout hit 40,000 homes. On Tuesday the board will meet.",
        "2025-03-11",
        &[("last Tuesday", "2025-03-04"), ("Tuesday", "2025-03-04"), ("Tuesday", "2025-03-11")],
    );
    // Without an earlier "last Tuesday", a past "Tuesday's" on a Tuesday is still today.
    check("Tuesday's blackout hit 40,000 homes.", "2025-03-11", &[("Tuesday", "2025-03-11")]);
}

/// Session 11 date cues: years that end a clause after "to"/"for", years before result nouns,
/// "at least" after a date preposition, the end month of "the six months to
/// ...", fiscal-year quarters and "'d like" as a future marker.
#[test]
fn clause_end_years_period_ends_and_fiscal_quarters() {
    let cases: &[Case] = &[
        ("The brewer pushed the opening of its new plant back to 2031.", "2029-04-10", &[("2031", "2031")]),
        ("The lender booked a heavy loss for 2012, its first in decades.", "2013-02-01", &[("2012", "2012")]),
        ("The mill's oldest loom goes back to 1987.", "2020-06-01", &[("1987", "1987")]),
        ("The chain expects to cut 2025 earnings by a tenth.", "2024-10-01", &[("2025", "2025")]),
        ("The old terminal will stay open until at least 2030.", "2026-01-05", &[("2030", "2030")]),
        ("Profit at the grocer rose 4 per cent in the six months to August.", "2026-10-20", &[("August", "2026-08")]),
        ("For the second quarter of the year ending June 30, sales fell.", "2021-09-01", &[("June 30", "2021-06-30")]),
        (
            "\"We'd like to open the route in March,\" the chief executive told staff.",
            "2030-11-02",
            &[("March", "2031-03")],
        ),
        (
            "Acme named a new finance chief, who takes up the post from January.",
            "2026-11-05",
            &[("January", "2027-01")],
        ),
        ("Fares rose sharply from January to March.", "2026-11-05", &[("January", "2026-01"), ("March", "2026-03")]),
        ("The mill shut some ten years ago.", "2020-06-01", &[]),
        ("The app was launched less than two years ago by three students.", "2020-06-01", &[]),
        ("The app was launched about two years ago.", "2020-06-01", &[("two years ago", "2018")]),
        (
            "Delays are worse on a Friday afternoon, the airline said on Monday.",
            "2026-11-10",
            &[("Monday", "2026-11-09")],
        ),
        ("Nobody shops there on any Sunday.", "2026-11-10", &[]),
        ("The chief executive spoke during a Monday interview.", "2026-11-10", &[("Monday", "2026-11-09")]),
        // Counts stay counts.
        ("The union said the plant cut its staff to 1900 workers.", "2024-10-01", &[]),
        ("The index rose 40 points to 2050 points.", "2024-10-01", &[]),
    ];
    let problems: Vec<String> = cases.iter().filter_map(|(t, p, e)| check_one(t, p, e)).collect();
    assert!(problems.is_empty(), "{}", problems.concat());
}
