//! Scale benchmark: consumes generated articles, produces ingest and query figures at growing
//! store sizes. Not a test: it asserts nothing, it measures.
//!
//! A generator writes varied synthetic news articles of about 280 words: Zipf-distributed names
//! over thousands of companies, people, services and places; outages, deals, appointments and
//! partnerships drawn from pools of events so that the same event recurs in many articles (as real
//! news does). The articles are ingested by the real `newskg` binary, in steps, into one store; at
//! each size it prints articles/s of the step, the step's peak RSS, disk bytes per article before
//! and after compaction, `stats` time and p50/p95 of every saved query; at the last size also
//! Oxigraph's own bulk load of the same quads (exported as N-Quads) into a fresh store.
//!
//! `cargo bench --bench scale` (release profile). `NEWSKG_SCALE_SIZES` (default `2000,10000`),
//! `NEWSKG_SCALE_RECOGNISER` (`rules`, the default, or `model`: the shipped model is ~25 articles/s
//! on 2 cores, so it measures the model rather than the store), `NEWSKG_SCALE_RUNS` (query repeats,
//! default 20), `NEWSKG_SCALE_DIR` (where the store goes; default a temporary folder).
//!
//! `NEWSKG_SCALE_WINDOW` (default 1000): the last articles of each step, ingested on their own,
//! whose rate is printed as the rate at that size.
//!
//! 2026-11-30, 2-core sandbox shared with two or three builds at nice 19 (load average 3.4-6.6),
//! rules recogniser, `NEWSKG_SCALE_SIZES=10000,50000,100000`: steps at 79.1 / 71.1 / 56.9
//! articles/s, 10.5 / 14.0 / 16.0 ms CPU per article; peak RSS 485 / 623 / 642 MB; 65.1 / 51.8 /
//! 34.2 KB/article after compaction; stats 60 / 80 / 140 ms; at 100,000 every saved query p95 under
//! 220 ms (typical company), articles-mentioning for a company in 70 % of the articles 1.56 s.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use newskg::store::{ExportFormat, Results, Store};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Zipf(s = 1) over `n` ranks.
struct Zipf(Vec<f64>);

impl Zipf {
    fn new(n: usize) -> Zipf {
        let mut acc = 0.0;
        Zipf(
            (1..=n)
                .map(|k| {
                    acc += 1.0 / k as f64;
                    acc
                })
                .collect(),
        )
    }
    fn sample(&self, rng: &mut Rng) -> usize {
        let x = rng.unit() * self.0[self.0.len() - 1];
        self.0.partition_point(|&c| c < x).min(self.0.len() - 1)
    }
}

const SYL: &[&str] = &[
    "cor", "van", "bri", "tal", "lum", "nor", "hal", "ves", "kel", "mar", "dor", "ran", "sel", "tor", "vin", "quen",
    "ash", "bel", "cas", "del", "fen", "gal", "hex", "ist", "jor", "kal", "lor", "mir", "nex", "oro", "pel", "ryn",
    "sto", "tir",
];
const COMPANY_SUFFIX: &[&str] =
    &["Systems", "Networks", "Cloud", "Group", "Holdings", "Data", "Technologies", "Logistics", "Payments", "Energy"];
const FIRST: &[&str] = &[
    "Anna", "Tomas", "Priya", "Ingrid", "Hendrik", "Sofie", "Mateo", "Grace", "Lars", "Helena", "Tiago", "Beatriz",
    "Kenji", "Amara", "Oskar", "Leila", "Ravi", "Marta", "Jonas", "Elena", "Samuel", "Nadia", "Viktor", "Chloe",
    "Daniel", "Yara",
];
const LAST: &[&str] = &[
    "Raman", "Berg", "Moe", "Visser", "Claes", "Okafor", "Duarte", "Faria", "Lopes", "Correia", "Tanaka", "Osei",
    "Lind", "Haddad", "Kumar", "Novak", "Weber", "Rossi", "Silva", "Costa", "Meyer", "Larsen", "Dubois", "Kowal",
    "Ferreira",
];
const SERVICE_SUFFIX: &[&str] = &["Mail", "Pay", "Drive", "Compute", "Connect", "Storage", "Analytics", "Messaging"];
const CITIES: &[&str] = &[
    "Frankfurt",
    "Dublin",
    "Lisbon",
    "Porto",
    "Singapore",
    "Sydney",
    "Tokyo",
    "Oslo",
    "Stockholm",
    "Madrid",
    "Paris",
    "London",
    "Amsterdam",
    "Toronto",
    "Chicago",
    "Seattle",
    "Mumbai",
    "Seoul",
    "Warsaw",
    "Vienna",
    "Zurich",
    "Milan",
];
const ROLES: &[&str] =
    &["chief executive", "chief financial officer", "chief technology officer", "chairman", "president"];
const CAUSES: &[&str] = &[
    "a failed cooling unit",
    "a faulty software update",
    "a power fault",
    "a fibre cut",
    "a misconfigured load balancer",
    "a storage controller failure",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FILLER: &[&str] = &[
    "Analysts said the market for the services had grown quickly over the past year and that customers were paying closer attention to resilience.",
    "The company said it would publish a fuller account of what happened once its review was complete.",
    "Customers were told that no data had been lost and that credits would be offered under the terms of their contracts.",
    "The sector has consolidated in recent years as smaller providers struggled to match the investment of the largest groups.",
    "Regulators have asked operators of critical services to report serious incidents within a day of discovering them.",
    "Shares in the company were little changed in morning trading after the announcement.",
    "Engineers worked through the night to restore the affected systems, according to a status page update.",
    "The deal is expected to close in the second half of the year, subject to the usual approvals.",
    "Several large customers said they were reviewing their arrangements but had no plans to move elsewhere.",
    "Industry groups have called for clearer rules on how and when outages should be disclosed to the public.",
];

struct World {
    companies: Vec<String>,
    people: Vec<String>,
    services: Vec<(String, usize)>,
    zc: Zipf,
    zp: Zipf,
    zs: Zipf,
    outages: Vec<(usize, usize, i64, usize, usize)>, // (service, city, day, cause, hour)
    deals: Vec<(usize, usize, i64)>,
    appointments: Vec<(usize, usize, usize, i64)>, // (person, company, role, day)
    ze: Zipf,
}

fn name(rng: &mut Rng, parts: usize) -> String {
    let mut s: String = (0..parts).map(|_| *rng.pick(SYL)).collect();
    if let Some(f) = s.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    s
}

/// Days since 1970-01-01 to (year, month, day).
fn civil(days: i64) -> (i64, usize, usize) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as usize;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as usize;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

impl World {
    fn new(rng: &mut Rng) -> World {
        let mut seen = std::collections::HashSet::new();
        let mut companies = Vec::new();
        while companies.len() < 3000 {
            let parts = 2 + rng.below(2);
            let n = format!("{} {}", name(rng, parts), rng.pick(COMPANY_SUFFIX));
            if seen.insert(n.clone()) {
                companies.push(n);
            }
        }
        let mut people = Vec::new();
        while people.len() < 5000 {
            let n = format!("{} {}{}", rng.pick(FIRST), rng.pick(LAST), name(rng, 1).to_lowercase());
            if seen.insert(n.clone()) {
                people.push(n);
            }
        }
        let zc = Zipf::new(companies.len());
        let mut services = Vec::new();
        while services.len() < 1500 {
            let owner = zc.sample(rng);
            let n = format!("{} {}", companies[owner].split(' ').next().unwrap_or("X"), rng.pick(SERVICE_SUFFIX));
            if seen.insert(n.clone()) {
                services.push((n, owner));
            }
        }
        let zs = Zipf::new(services.len());
        let zp = Zipf::new(people.len());
        let base = 19_000; // 2022-01-08
        let events = 20_000;
        let outages = (0..events)
            .map(|_| {
                (
                    zs.sample(rng),
                    rng.below(CITIES.len()),
                    base + rng.below(1400) as i64,
                    rng.below(CAUSES.len()),
                    6 + rng.below(14),
                )
            })
            .collect();
        let deals = (0..events).map(|_| (zc.sample(rng), zc.sample(rng), base + rng.below(1400) as i64)).collect();
        let appointments = (0..events)
            .map(|_| (zp.sample(rng), zc.sample(rng), rng.below(ROLES.len()), base + rng.below(1400) as i64))
            .collect();
        World { companies, people, services, zc, zp, zs, outages, deals, appointments, ze: Zipf::new(events) }
    }

    fn date(day: i64) -> (String, String) {
        let (y, m, d) = civil(day);
        (format!("{y:04}-{m:02}-{d:02}"), format!("{d} {} {y}", MONTHS[m - 1]))
    }

    /// One article as a JSONL record.
    fn article(&self, rng: &mut Rng, i: usize) -> String {
        let kind = rng.below(100);
        let e = self.ze.sample(rng);
        let mut text = Vec::new();
        let (title, day) = if kind < 40 {
            let (svc, city, day, cause, hour) = self.outages[e];
            let (service, owner) = &self.services[svc];
            let company = &self.companies[*owner];
            let (_, when) = World::date(day);
            let hit = &self.companies[self.zc.sample(rng)];
            text.push(format!(
                "{service}, the cloud service operated by {company}, suffered an outage in {city} on {when}, leaving customers unable to reach their accounts."
            ));
            text.push(format!(
                "The disruption began at {hour}:15 and lasted about two hours, {company} said, blaming {} at its {city} data centre.",
                CAUSES[cause]
            ));
            text.push(format!("Customers of {hit} said their own services had been affected by the outage."));
            (format!("{company} outage hits {service} in {city}"), day)
        } else if kind < 60 {
            let (buyer, target, day) = self.deals[e];
            let (b, t) = (&self.companies[buyer], &self.companies[target]);
            let (_, when) = World::date(day);
            text.push(format!(
                "{b} said on {when} that it had completed its acquisition of {t} in a deal worth several hundred million euros."
            ));
            text.push(format!("{t} will keep its brand, the companies said."));
            (format!("{b} completes purchase of {t}"), day)
        } else if kind < 85 {
            let (person, company, role, day) = self.appointments[e];
            let (p, c) = (&self.people[person], &self.companies[company]);
            let (_, when) = World::date(day);
            let predecessor = &self.people[self.zp.sample(rng)];
            text.push(format!("{c} has named {p} as its new {} with effect from {when}.", ROLES[role]));
            text.push(format!(
                "{p} succeeds {predecessor}, who stepped down earlier this year, the company said in a statement."
            ));
            (format!("{c} names {p} {}", ROLES[role]), day)
        } else {
            let (a, b) = (&self.companies[self.zc.sample(rng)], &self.companies[self.zc.sample(rng)]);
            let day = 19_000 + rng.below(1400) as i64;
            let (_, when) = World::date(day);
            text.push(format!(
                "The partnership between {a} and {b}, announced on {when}, will offer joint services to business customers."
            ));
            (format!("{a} and {b} sign partnership"), day)
        };
        // Supporting sentences that name other entities.
        let other = &self.companies[self.zc.sample(rng)];
        let (svc, owner) = &self.services[self.zs.sample(rng)];
        text.push(format!("{}'s {svc} service is used by thousands of businesses.", self.companies[*owner]));
        // A forest: companies ranked 300 and below belong to one of the top 300, those ranked 50
        // to 299 to one of the top 50, so chains are at most three deep and every article that
        // names a unit names the same parent.
        let unit = self.zc.sample(rng).max(50);
        let parent = (unit * 7919) % if unit >= 300 { 300 } else { 50 };
        {
            text.push(format!(
                "{}, the cloud unit of {}, said it was watching the situation closely.",
                self.companies[unit], self.companies[parent]
            ));
        }
        text.push(format!("Rivals including {other} have faced similar scrutiny, analysts said."));
        let analyst = &self.people[self.zp.sample(rng)];
        text.push(format!(
            "\"Customers expect these services to simply work,\" said {analyst}, an analyst at {}.",
            self.companies[self.zc.sample(rng)]
        ));
        while text.iter().map(|s| s.split_whitespace().count()).sum::<usize>() < 280 {
            text.push(rng.pick(FILLER).to_string());
        }
        let (published, _) = World::date(day + rng.below(4) as i64);
        serde_json::json!({ "id": format!("gen-{i:07}"), "title": title, "published": published, "text": text.join(" ") })
            .to_string()
    }
}

/// A saved query with its `VALUES ?name { "…" }` parameter set to `name`.
fn with_name(query: &str, name: &str) -> String {
    let open = "VALUES ?name { \"";
    match query.find(open) {
        Some(i) => match query[i + open.len()..].find('"') {
            Some(j) => format!("{}{open}{name}{}", &query[..i], &query[i + open.len() + j..]),
            None => query.to_string(),
        },
        None => query.to_string(),
    }
}

/// CPU time this thread has run (Linux `/proc/thread-self/schedstat`), which, unlike wall time,
/// does not count waiting for other processes on a busy machine.
fn thread_cpu() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .map(Duration::from_nanos)
        .unwrap_or_default()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn dir_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum())
        .unwrap_or(0)
}

/// CPU seconds of this process's children that have been waited for (`/proc/self/stat` cutime +
/// cstime, in clock ticks of 1/100 s).
fn children_cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let tick = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (tick(13) + tick(14)) / 100.0
}

/// The 1-minute load average.
fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|f| f.parse().ok()))
        .unwrap_or(0.0)
}

/// What one ingest step measured.
struct Step {
    seconds: f64,
    cpu_seconds: f64,
    peak_rss: u64,
    /// Mean and highest 1-minute load average sampled during the step.
    load: (f64, f64),
}

/// Runs `newskg ingest` over `records`.
fn ingest(store: &Path, records: &[String], recogniser: &str) -> Step {
    let started = Instant::now();
    let cpu_before = children_cpu();
    let mut loads = Vec::new();
    let mut last_load = Instant::now() - Duration::from_secs(60);
    let mut child = Command::new(env!("CARGO_BIN_EXE_newskg"))
        .args(["ingest", "--recogniser", recogniser, "--store"])
        .arg(store)
        .arg("-")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newskg");
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("stdin");
    let feed = {
        let body: String = records.iter().map(|r| format!("{r}\n")).collect();
        std::thread::spawn(move || {
            let _ = stdin.write_all(body.as_bytes());
        })
    };
    let mut peak = 0u64;
    loop {
        if let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status"))
            && let Some(kb) = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))
        {
            peak = peak.max(kb.trim().trim_end_matches("kB").trim().parse::<u64>().unwrap_or(0) * 1024);
        }
        if last_load.elapsed() >= Duration::from_secs(10) {
            loads.push(load_average());
            last_load = Instant::now();
        }
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = feed.join();
    let out = child.wait_with_output().expect("newskg ingest");
    let err = String::from_utf8_lossy(&out.stderr);
    if let Some(line) = err.lines().last() {
        eprintln!("  {line}");
    }
    let mean = loads.iter().sum::<f64>() / loads.len().max(1) as f64;
    let max = loads.iter().copied().fold(0.0, f64::max);
    Step {
        seconds: started.elapsed().as_secs_f64(),
        cpu_seconds: children_cpu() - cpu_before,
        peak_rss: peak,
        load: (mean, max),
    }
}

fn main() {
    let sizes: Vec<usize> = std::env::var("NEWSKG_SCALE_SIZES")
        .unwrap_or_else(|_| "2000,10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let recogniser = std::env::var("NEWSKG_SCALE_RECOGNISER").unwrap_or_else(|_| "rules".into());
    let runs: usize = std::env::var("NEWSKG_SCALE_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(20);
    let tmp = tempfile::Builder::new().prefix("newskg-scale-").tempdir().expect("tempdir");
    let root: PathBuf =
        std::env::var("NEWSKG_SCALE_DIR").map(PathBuf::from).unwrap_or_else(|_| tmp.path().to_path_buf());
    let store_dir = root.join("store");
    let _ = std::fs::remove_dir_all(&store_dir);
    std::fs::create_dir_all(&root).expect("bench folder");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let world = World::new(&mut rng);
    let rdf = newskg::rdf::RdfConfig::new(newskg::rdf::DEFAULT_BASE).expect("base");
    let queries = newskg::serve::load_saved_queries(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/queries")))
        .expect("saved queries");
    if let Ok(path) = std::env::var("NEWSKG_SCALE_WRITE") {
        // Only write the generated articles (JSONL), for profiling an ingest by hand.
        let last = sizes.iter().copied().max().unwrap_or(0);
        let body: String = (0..last).map(|i| world.article(&mut rng, i) + "\n").collect();
        std::fs::write(&path, body).expect("write the articles");
        println!("wrote {last} articles to {path}");
        return;
    }
    if let (Ok(dir), Ok(file)) = (std::env::var("NEWSKG_SCALE_EXPLAIN"), std::env::var("NEWSKG_SCALE_QUERY")) {
        // Prints Oxigraph's plan of one query, with statistics, on an existing store.
        let store = oxigraph::store::Store::open_read_only(&dir).expect("open");
        let text = std::fs::read_to_string(file).expect("query file");
        let (results, explanation) = oxigraph::sparql::SparqlEvaluator::new()
            .parse_query(&text)
            .expect("parse")
            .on_store(&store)
            .compute_statistics()
            .explain();
        if let Ok(Results::Solutions(rows)) = results {
            println!("{} rows", rows.count());
        }
        let mut out = Vec::new();
        explanation.write_in_json(&mut out).expect("json");
        println!("{}", String::from_utf8_lossy(&out));
        return;
    }
    if let Ok(dir) = std::env::var("NEWSKG_SCALE_MEASURE") {
        // Only measure `stats` and the saved queries on an existing store (compacted first, as
        // after each step).
        Store::open(Path::new(&dir)).expect("open").compact().expect("compact");
        measure(Path::new(&dir), &rdf, &queries, runs);
        return;
    }
    println!("scale benchmark: recogniser {recogniser}, sizes {sizes:?}, {runs} runs per query");
    let window: usize = std::env::var("NEWSKG_SCALE_WINDOW").ok().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let mut done = 0;
    let mut rates: Vec<(usize, f64, f64)> = Vec::new();
    for &size in &sizes {
        let records: Vec<String> = (done..size).map(|i| world.article(&mut rng, i)).collect();
        let words: usize = records.iter().map(|r| r.split_whitespace().count()).sum::<usize>() / records.len().max(1);
        // The step's last `window` articles are ingested on their own: their rate is the rate at
        // this size (the step's average would mix in the cheaper articles of a smaller store).
        let cut = records.len().saturating_sub(window.min(records.len() / 2));
        let main = ingest(&store_dir, &records[..cut], &recogniser);
        let last = ingest(&store_dir, &records[cut..], &recogniser);
        let n_last = (records.len() - cut) as f64;
        let st = Step {
            seconds: main.seconds + last.seconds,
            cpu_seconds: main.cpu_seconds + last.cpu_seconds,
            peak_rss: main.peak_rss.max(last.peak_rss),
            load: ((main.load.0 + last.load.0) / 2.0, main.load.1.max(last.load.1)),
        };
        let at = (size, n_last / last.seconds, last.cpu_seconds * 1e3 / n_last);
        println!(
            "  rate at {size}: the last {} articles at {:.1} articles/s, {:.1} ms CPU per article (load average {:.1})",
            n_last, at.1, at.2, last.load.0
        );
        rates.push(at);
        let step = size - done;
        done = size;
        let before = dir_bytes(&store_dir);
        {
            let store = Store::open(&store_dir).expect("open");
            store.compact().expect("compact");
        }
        let after = dir_bytes(&store_dir);
        println!(
            "{size} articles (~{words} words): step of {step} at {:.1} articles/s ({:.1} per CPU-second of ingest, {:.1} ms CPU per article), \
             load average {:.1} (max {:.1}); peak RSS {:.0} MB; disk {:.1} KB/article, {:.1} KB/article after compaction",
            step as f64 / st.seconds,
            step as f64 / st.cpu_seconds.max(0.01),
            st.cpu_seconds * 1e3 / step as f64,
            st.load.0,
            st.load.1,
            st.peak_rss as f64 / 1e6,
            before as f64 / 1e3 / size as f64,
            after as f64 / 1e3 / size as f64
        );
        measure(&store_dir, &rdf, &queries, runs);
    }
    if let (Some(first), Some(last)) = (rates.first(), rates.last()) {
        println!(
            "rate at {} against {}: {:+.1} % articles/s, {:+.1} % CPU per article",
            last.0,
            first.0,
            100.0 * (last.1 / first.1 - 1.0),
            100.0 * (last.2 / first.2 - 1.0)
        );
    }
    // Oxigraph's own bulk load of the same quads, into a fresh store (files, streamed).
    let dump = root.join("dump.nq");
    {
        let store = Store::open_read_only(&store_dir).expect("open read-only");
        let file = std::io::BufWriter::new(std::fs::File::create(&dump).expect("dump"));
        store.export(ExportFormat::NQuads, None, file).expect("export");
    }
    let dump_bytes = std::fs::metadata(&dump).map(|m| m.len()).unwrap_or(0);
    let (secs, bytes) = bulk_load(&root.join("bulk"), &dump);
    println!(
        "oxigraph bulk load of the same {:.0} MB of N-Quads: {secs:.1} s ({:.0} articles/s), {:.1} KB/article after compaction",
        dump_bytes as f64 / 1e6,
        done as f64 / secs,
        bytes as f64 / 1e3 / done as f64
    );
    // What the evidence sentences cost: they are substrings of schema:articleBody, so offsets alone
    // would do. The same load without the nkg:evidenceText quads.
    let without = root.join("dump-no-evidence.nq");
    {
        use std::io::BufRead;
        let mut out = std::io::BufWriter::new(std::fs::File::create(&without).expect("dump"));
        for line in std::io::BufReader::new(std::fs::File::open(&dump).expect("dump")).lines() {
            let line = line.expect("dump line");
            if !line.contains("<https://newskg.example/ns#evidenceText>") {
                writeln!(out, "{line}").expect("write");
            }
        }
    }
    let without_bytes = std::fs::metadata(&without).map(|m| m.len()).unwrap_or(0);
    let (_, bytes_without) = bulk_load(&root.join("bulk-no-evidence"), &without);
    println!(
        "without nkg:evidenceText: {:.1} KB/article ({:.1} KB/article, {:.0} % less; {:.1} MB of N-Quads less)",
        bytes_without as f64 / 1e3 / done as f64,
        (bytes as f64 - bytes_without as f64) / 1e3 / done as f64,
        100.0 * (bytes as f64 - bytes_without as f64) / bytes as f64,
        (dump_bytes - without_bytes) as f64 / 1e6
    );
    for f in [&dump, &without] {
        let _ = std::fs::remove_file(f);
    }
    for d in ["bulk", "bulk-no-evidence"] {
        let _ = std::fs::remove_dir_all(root.join(d));
    }
}

/// Prints the `stats` time and p50/p95 of every saved query on the store in `dir`.
fn measure(dir: &Path, rdf: &newskg::rdf::RdfConfig, queries: &[newskg::serve::SavedQuery], runs: usize) {
    let store = Store::open_read_only(dir)
        .expect("open read-only")
        .with_derived(std::sync::Arc::new(newskg::kg::Consolidator::new(rdf.clone())));
    let t = Instant::now();
    let stats = store.stats().expect("stats");
    println!("  stats {:.0} ms ({} articles, {} quads)", t.elapsed().as_secs_f64() * 1e3, stats.articles, stats.quads);
    // Queries about one company (`VALUES ?name`) run with the 10th most mentioned company, as a big
    // company in the news is; the most mentioned one (the generator's Zipf names it in most
    // articles) is measured apart, as the worst case.
    let companies = top_companies(&store, rdf);
    let pick = |i: usize| companies.get(i).or(companies.last()).cloned().unwrap_or_default();
    let (typical, worst) = (pick(9), pick(0));
    println!(
        "  one-company queries with {:?} ({} articles); worst case {:?} ({} articles)",
        typical.0, typical.1, worst.0, worst.1
    );
    let only = std::env::var("NEWSKG_SCALE_QUERIES").unwrap_or_default();
    let chosen: Vec<_> = queries.iter().filter(|q| only.is_empty() || only.split(',').any(|n| n == q.name)).collect();
    for q in &chosen {
        time_query(&store, q.name.as_str(), &with_name(&newskg::kg::for_base(&q.query, rdf), &typical.0), runs);
    }
    for q in chosen.iter().filter(|q| q.query.contains("VALUES ?name")) {
        let name = format!("{} (worst)", q.name);
        time_query(&store, &name, &with_name(&newskg::kg::for_base(&q.query, rdf), &worst.0), runs);
    }
}

/// The companies of the consolidated graph by number of articles, most first: (label, articles).
fn top_companies(store: &Store, rdf: &newskg::rdf::RdfConfig) -> Vec<(String, u64)> {
    let q = format!(
        "SELECT ?l ?n WHERE {{ GRAPH <{}> {{ ?e <https://newskg.example/ns#articleCount> ?n ; \
         a <http://schema.org/Corporation> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }} ORDER BY DESC(?n) LIMIT 10",
        rdf.kg_graph().as_str()
    );
    let mut out = Vec::new();
    if let Ok(Results::Solutions(rows)) = store.query(&q) {
        for row in rows.flatten() {
            if let (Some(newskg::store::model::Term::Literal(l)), Some(newskg::store::model::Term::Literal(n))) =
                (row.get("l"), row.get("n"))
            {
                out.push((l.value().to_string(), n.value().parse().unwrap_or(0)));
            }
        }
    }
    out
}

/// Runs a query `runs` times and prints p50/p95 of wall and CPU time.
fn time_query(store: &Store, name: &str, text: &str, runs: usize) {
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    let mut rows = 0;
    for _ in 0..runs {
        let (t, c) = (Instant::now(), thread_cpu());
        rows = match store.query(text).expect("query") {
            Results::Solutions(s) => s.filter(|r| r.is_ok()).count(),
            Results::Boolean(_) => 1,
            Results::Graph(g) => g.filter(|r| r.is_ok()).count(),
        };
        times.push(t.elapsed());
        cpu.push(thread_cpu().saturating_sub(c));
    }
    times.sort();
    cpu.sort();
    println!(
        "  {:<34} p50 {:>8.1} ms  p95 {:>8.1} ms  (CPU p50 {:>7.1} ms, p95 {:>7.1} ms; {rows} rows)",
        name,
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.95).as_secs_f64() * 1e3,
        percentile(&cpu, 0.5).as_secs_f64() * 1e3,
        percentile(&cpu, 0.95).as_secs_f64() * 1e3
    );
}

/// Oxigraph's bulk loader into a fresh store, then a full compaction: (seconds, bytes on disk).
fn bulk_load(dir: &Path, nquads: &Path) -> (f64, u64) {
    let _ = std::fs::remove_dir_all(dir);
    let t = Instant::now();
    let bulk = oxigraph::store::Store::open(dir).expect("bulk store");
    let file = std::io::BufReader::new(std::fs::File::open(nquads).expect("dump"));
    let mut loader = bulk.bulk_loader().with_max_memory_size_in_megabytes(2000);
    loader.load_from_reader(oxigraph::io::RdfFormat::NQuads, file).expect("bulk load");
    loader.commit().expect("bulk commit");
    bulk.optimize().expect("optimize");
    drop(bulk);
    (t.elapsed().as_secs_f64(), dir_bytes(dir))
}
