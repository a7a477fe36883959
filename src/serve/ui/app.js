// newskg serve: the analyst's page. Consumes the vocabulary from /api/vocab, SPARQL JSON results from /query and the saved queries
// from /api/queries; produces the query editor, entity, timeline and article views.
// Every text from the graph reaches the page through textContent or setAttribute, never innerHTML:
// names and article text come from news articles and are treated as hostile.
'use strict';

// Namespaces, relation predicates and the shape of article IRIs come from the server
// (/api/vocab), which takes them from newskg-rdf, the one place they are written.
let PREFIXES = '';
let SHORT = [];
let RELATION_NAMES = {};
let ARTICLE_IRI_PREFIX = null;
/** What each relation kind reads as, forwards and backwards (keys are the kinds' stable names). */
const RELATION_LABELS = {
  ParentOrganization: ['parent organisation', 'unit / subsidiary'],
  Provider: ['provided by', 'provides'],
  Acquired: ['acquired', 'acquired by'],
  Partner: ['partner of', 'partner of'],
};
let vocabLoaded = null;

/** Loads the vocabulary once (again after a failure). */
function loadVocab() {
  if (!vocabLoaded) {
    vocabLoaded = fetch('/api/vocab', { headers: { Accept: 'application/json' } })
      .then((r) => { if (!r.ok) throw new Error('loading the vocabulary: HTTP ' + r.status); return r.json(); })
      .then((v) => {
        PREFIXES = v.prefixes.map(([p, ns]) => `PREFIX ${p}: <${ns}>\n`).join('');
        SHORT = v.prefixes.map(([p, ns]) => [p + ':', ns]);
        RELATION_NAMES = {};
        for (const [kind, iri] of Object.entries(v.relations)) RELATION_NAMES[iri] = RELATION_LABELS[kind] || [kind, kind];
        ARTICLE_IRI_PREFIX = v.article;
      })
      .catch((e) => { vocabLoaded = null; throw e; });
  }
  return vocabLoaded;
}

// ---------- DOM helpers ----------

/** Builds an element: h('a', {href: '#'}, 'text', child). Strings become text nodes. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}
function append(el, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
const SVGNS = 'http://www.w3.org/2000/svg';
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  return append(el, children);
}
function main() { return document.getElementById('main'); }
function setStatus(text) { document.getElementById('status').textContent = text; }
function errorBox(message) { return h('div', { class: 'error', 'data-testid': 'error' }, message); }

// ---------- SPARQL ----------

/** An IRI for a query, refusing anything that could break out of <...>. */
function iriRef(iri) {
  if (typeof iri !== 'string' || !/^[^\s<>"{}|^`\\]+$/.test(iri)) throw new Error('not a usable IRI: ' + iri);
  return '<' + iri + '>';
}
/** A string literal for a query. */
function lit(text) {
  return '"' + String(text).replace(/[\\"]/g, (c) => '\\' + c).replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}

async function sparql(query, accept) {
  const started = performance.now();
  const resp = await fetch('/query', {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', Accept: accept || 'application/sparql-results+json' },
    body: query,
  });
  const ms = Math.round(performance.now() - started);
  if (!resp.ok) throw new Error(`${resp.status} ${resp.statusText}: ${(await resp.text()).trim()}`);
  setStatus(`last query ${ms} ms`);
  return accept ? resp.blob() : resp.json();
}
/** Runs a SELECT (prefixes added) and returns rows of {var: value-string}. */
async function select(query) {
  const json = await sparql(PREFIXES + query);
  return json.results.bindings.map((b) => {
    const row = {};
    for (const [k, v] of Object.entries(b)) row[k] = v.value;
    return row;
  });
}

function short(iri) {
  for (const [p, ns] of SHORT) if (iri.startsWith(ns)) return p + iri.slice(ns.length);
  return iri;
}
function kindOf(types) {
  const t = types || '';
  if (t.includes('Corporation')) return 'company';
  if (t.includes('Person')) return 'person';
  if (t.includes('Service')) return 'service';
  if (t.includes('Place')) return 'place';
  if (t.includes('Organization')) return 'organisation';
  if (t.includes('TimeExpression')) return 'time';
  return 'other';
}
function isEntityIri(v) { return /^https?:\/\/[^\s]*\/entity\/[^/\s]+$/.test(v); }
function isArticleIri(v) { return typeof v === 'string' && !!ARTICLE_IRI_PREFIX && v.startsWith(ARTICLE_IRI_PREFIX) && /^[^/\s]+$/.test(v.slice(ARTICLE_IRI_PREFIX.length)); }
function entityLink(iri, label) { return h('a', { href: '#/entity?iri=' + encodeURIComponent(iri) }, label || iri); }
function articleLink(id, label) { return h('a', { href: '#/article?id=' + encodeURIComponent(id) }, label || id); }
function kindTag(kind) { return h('span', { class: 'tag k-' + kind }, kind); }

// ---------- routing ----------

const routes = { query: queryView, entities: entitiesView, entity: entityView, timeline: timelineView, outage: outageView, articles: articlesView, article: articleView };

async function route() {
  const hash = location.hash.replace(/^#\/?/, '') || 'query';
  const [name, qs] = hash.split('?');
  const params = new URLSearchParams(qs || '');
  const view = routes[name] || queryView;
  for (const a of document.querySelectorAll('nav a')) {
    a.classList.toggle('active', a.dataset.nav === name || (name === 'entity' && a.dataset.nav === 'entities') || (name === 'outage' && a.dataset.nav === 'timeline') || (name === 'article' && a.dataset.nav === 'articles'));
  }
  const m = main();
  m.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  try {
    await loadVocab();
    await view(m, params);
  } catch (e) {
    m.replaceChildren(errorBox(String(e && e.message ? e.message : e)));
  }
}
window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', route);

// ---------- query editor ----------

let savedQueries = null;
const editorState = { text: null, name: '' };

async function queryView(m, params) {
  if (!savedQueries) {
    const r = await fetch('/api/queries');
    savedQueries = r.ok ? await r.json() : [];
  }
  const wanted = params.get('q');
  if (wanted && wanted !== editorState.name) {
    const q = savedQueries.find((x) => x.name === wanted);
    if (q) { editorState.text = q.query; editorState.name = q.name; }
  }
  if (editorState.text === null) {
    editorState.text = PREFIXES + '\nSELECT ?identifier ?headline WHERE {\n  ?a a schema:NewsArticle ; schema:identifier ?identifier .\n  OPTIONAL { ?a schema:headline ?headline }\n}\nLIMIT 20\n';
  }
  const picker = h('select', { id: 'saved', 'aria-label': 'Saved queries' },
    h('option', { value: '' }, '— saved queries —'),
    savedQueries.map((q) => h('option', { value: q.name, selected: q.name === editorState.name ? 'selected' : null }, q.name)));
  const description = h('span', { class: 'muted', id: 'saved-description' },
    (savedQueries.find((q) => q.name === editorState.name) || {}).description || '');
  const area = h('textarea', { id: 'sparql', spellcheck: 'false', 'aria-label': 'SPARQL query' });
  area.value = editorState.text;
  area.addEventListener('input', () => { editorState.text = area.value; });
  const out = h('div', { id: 'results' });
  picker.addEventListener('change', () => {
    const q = savedQueries.find((x) => x.name === picker.value);
    if (!q) return;
    editorState.text = q.query; editorState.name = q.name;
    area.value = q.query;
    description.textContent = q.description;
    history.replaceState(null, '', '#/query?q=' + encodeURIComponent(q.name));
  });
  const run = async () => {
    out.replaceChildren(h('p', { class: 'muted' }, 'Running…'));
    try {
      const json = await sparql(area.value);
      out.replaceChildren(resultsTable(json));
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    }
  };
  const download = async (accept, ext) => {
    try {
      const blob = await sparql(area.value, accept);
      const url = URL.createObjectURL(blob);
      const a = h('a', { href: url, download: (editorState.name || 'results') + '.' + ext });
      document.body.appendChild(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    }
  };
  area.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(); } });
  m.replaceChildren(
    h('h1', {}, 'SPARQL query'),
    h('div', { class: 'panel' },
      h('div', { class: 'row' }, picker, description),
      h('p', {}, area),
      h('div', { class: 'row' },
        h('button', { class: 'primary', id: 'run', onclick: run }, 'Run (Ctrl+Enter)'),
        h('button', { id: 'download-csv', onclick: () => download('text/csv', 'csv') }, 'Download CSV'),
        h('button', { id: 'download-json', onclick: () => download('application/sparql-results+json', 'json') }, 'Download JSON'),
        h('span', { class: 'muted' }, 'Default graph = all articles; GRAPH ?g sees each article.'))),
    out);
  if (wanted) run();
}

function resultsTable(json) {
  if (typeof json.boolean === 'boolean') return h('p', { 'data-testid': 'boolean' }, 'Answer: ' + json.boolean);
  const vars = json.head.vars;
  const rows = json.results.bindings;
  const cell = (name, b) => {
    if (!b) return '';
    if (b.type === 'uri') {
      if (isEntityIri(b.value)) return entityLink(b.value, short(b.value).replace(/^.*\/entity\//, ''));
      if (isArticleIri(b.value)) return h('a', { href: '#/article?iri=' + encodeURIComponent(b.value) }, b.value.slice(ARTICLE_IRI_PREFIX.length));
      return short(b.value);
    }
    if (b.type === 'literal' && /^(article|identifier|id)$/.test(name)) return articleLink(b.value);
    if (b.type === 'bnode') return '_:' + b.value;
    return b.value;
  };
  return h('div', {},
    h('p', { class: 'muted', 'data-testid': 'row-count' }, `${rows.length} row${rows.length === 1 ? '' : 's'}`),
    h('div', { class: 'table-wrap' },
      h('table', { id: 'results-table' },
        h('thead', {}, h('tr', {}, vars.map((v) => h('th', {}, v)))),
        h('tbody', {}, rows.map((r) => h('tr', {}, vars.map((v) => h('td', {}, cell(v, r[v])))))))));
}

// ---------- entities ----------

async function entitiesView(m) {
  // The consolidated graph holds each entity once with its article count: the 2,000 in the most
  // articles, each with its label and types (a page of the store, not every mention).
  const KG = iriRef(await consolidated());
  const rows = await select(`SELECT ?e ?label ?types ?articles WHERE {
      { SELECT ?e ?articles WHERE { GRAPH ${KG} { ?e nkg:articleCount ?articles } } ORDER BY DESC(?articles) LIMIT 2000 }
      LATERAL { SELECT ?e (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
        WHERE { GRAPH ${KG} { ?e rdfs:label ?l ; a ?t } } GROUP BY ?e } }
    ORDER BY DESC(?articles) LCASE(?label)`);
  const filter = h('input', { type: 'search', placeholder: 'Filter by name or kind', id: 'entity-filter', 'aria-label': 'Filter entities' });
  const body = h('tbody', {});
  const draw = () => {
    const f = filter.value.toLowerCase();
    body.replaceChildren(...rows
      .map((r) => ({ ...r, kind: kindOf(r.types) }))
      .filter((r) => !f || r.label.toLowerCase().includes(f) || r.kind.includes(f))
      .map((r) => h('tr', {}, h('td', {}, entityLink(r.e, r.label)), h('td', {}, kindTag(r.kind)), h('td', {}, r.articles))));
  };
  filter.addEventListener('input', draw);
  draw();
  m.replaceChildren(h('h1', {}, 'Entities'), h('div', { class: 'panel row' }, filter, h('span', { class: 'muted' }, `${rows.length} entities`)),
    h('div', { class: 'table-wrap' }, h('table', { id: 'entities-table' }, h('thead', {}, h('tr', {}, h('th', {}, 'name'), h('th', {}, 'kind'), h('th', {}, 'articles'))), body)));
}

async function entityView(m, params) {
  const iri = params.get('iri');
  const E = iriRef(iri);
  // Names, types, relations, positions and outages from the consolidated graph (each fact once,
  // however many articles state it); the articles from their own graphs, the latest 200.
  const KG = iriRef(await consolidated());
  const [names, relations, roles, outages, articles] = await Promise.all([
    select(`SELECT DISTINCT ?p ?v WHERE { VALUES ?p { rdfs:label skos:altLabel rdf:type } GRAPH ${KG} { ${E} ?p ?v } }`),
    select(`SELECT ?dir ?p ?other (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types) WHERE {
        VALUES ?p { schema:parentOrganization schema:provider nkg:acquired nkg:partner }
        GRAPH ${KG} { { ${E} ?p ?other . BIND("out" AS ?dir) } UNION { ?other ?p ${E} . BIND("in" AS ?dir) }
          OPTIONAL { ?other rdfs:label ?l } OPTIONAL { ?other a ?t } } } GROUP BY ?dir ?p ?other ORDER BY ?p ?label`),
    select(`SELECT ?m (SAMPLE(?pl) AS ?person) ?p (SAMPLE(?ol) AS ?org) ?o (SAMPLE(?rl) AS ?role) (SAMPLE(?ti) AS ?title) (SAMPLE(?cu) AS ?current) WHERE {
        GRAPH ${KG} { ?m a org:Membership . { ?m org:member ${E} } UNION { ?m org:organization ${E} }
        ?m org:member ?p . OPTIONAL { ?p rdfs:label ?pl }
        OPTIONAL { ?m org:organization ?o . OPTIONAL { ?o rdfs:label ?ol } }
        OPTIONAL { ?m org:role ?r . OPTIONAL { ?r rdfs:label ?rl } }
        OPTIONAL { ?m nkg:title ?ti } OPTIONAL { ?m nkg:current ?cu } } } GROUP BY ?m ?p ?o ORDER BY ?person`),
    select(`SELECT ?o ?how (SAMPLE(?l) AS ?label) (SAMPLE(?st) AS ?start) (SAMPLE(?pl) AS ?provider) ?p (SAMPLE(?n) AS ?sources) WHERE {
        GRAPH ${KG} { { ?o nkg:provider ${E} . BIND("provider" AS ?how) } UNION { ?o nkg:affected ${E} . BIND("affected" AS ?how) }
        UNION { ?o schema:location ${E} . BIND("location" AS ?how) }
        ?o a nkg:Outage ; nkg:sourceCount ?n .
        OPTIONAL { ?o rdfs:label ?l } OPTIONAL { ?o schema:startDate ?st }
        OPTIONAL { ?o nkg:provider ?p . OPTIONAL { ?p rdfs:label ?pl } } } } GROUP BY ?o ?how ?p ORDER BY STR(?start)`),
    select(`SELECT ?a ?id ?headline ?date WHERE {
        { SELECT ?a ?date WHERE { GRAPH ?a { ?a schema:mentions ${E} ; schema:datePublished ?date } } ORDER BY DESC(?date) LIMIT 200 }
        LATERAL { GRAPH ?a { ?a schema:identifier ?id . OPTIONAL { ?a schema:headline ?headline } } } }
      ORDER BY DESC(STR(?date))`),
  ]);
  const labels = [...new Set(names.filter((r) => r.p.endsWith('#label')).map((r) => r.v))];
  const alts = [...new Set(names.filter((r) => r.p.endsWith('altLabel')).map((r) => r.v))].filter((a) => !labels.includes(a));
  const types = names.filter((r) => r.p.endsWith('#type')).map((r) => r.v);
  const title = labels[0] || iri;
  const kind = kindOf(types.join(' '));

  const relList = relations.map((r) => {
    const names2 = RELATION_NAMES[r.p] || [short(r.p), short(r.p)];
    return h('li', {}, h('span', { class: 'muted' }, (r.dir === 'out' ? names2[0] : names2[1]) + ': '), entityLink(r.other, r.label || r.other), ' ', kindTag(kindOf(r.types)));
  });
  // The same position reported by several articles is listed once.
  const roleSeen = new Set();
  const uniqueRoles = roles.filter((r) => {
    const key = [r.p, r.o, r.role, r.title, r.current].join('|');
    return !roleSeen.has(key) && roleSeen.add(key);
  });
  const roleList = uniqueRoles.map((r) => h('li', {},
    entityLink(r.p, r.person || r.p), ' — ', r.role || r.title || 'role', r.title && r.role && r.title !== r.role ? h('span', { class: 'muted' }, ` (“${r.title}”)`) : '',
    r.o ? [' at ', entityLink(r.o, r.org || r.o)] : '', r.current === 'false' ? h('span', { class: 'tag' }, 'former') : ''));
  const outageList = outages.map((r) => h('li', {}, h('span', { class: 'tag' }, r.how), outageLink(r.o, r.label || short(r.o)), r.start ? h('span', { class: 'muted' }, ' · ' + r.start) : '',
    h('span', { class: 'muted' }, ` · ${r.sources} article${r.sources === '1' ? '' : 's'}`),
    r.p && r.p !== iri ? [' · provider ', entityLink(r.p, r.provider || r.p)] : ''));
  const articleList = articles.map((r) => h('li', {}, articleLink(r.id, r.headline || r.id), h('span', { class: 'muted' }, r.date ? ' · ' + r.date.slice(0, 10) : '')));
  const section = (name, items, empty) => [h('h2', {}, name), items.length ? h('ul', { class: 'plain' }, items) : h('p', { class: 'muted' }, empty)];

  m.replaceChildren(
    h('h1', { 'data-testid': 'entity-title' }, title, ' ', kindTag(kind)),
    h('p', { class: 'muted' }, iri),
    h('div', { class: 'grid2' },
      h('div', {},
        h('div', { class: 'panel' },
          h('div', {}, h('strong', {}, 'Names: '), [...labels, ...alts].join(' · ') || '—'),
          h('div', {}, h('strong', {}, 'Types: '), types.map(short).join(', ') || '—')),
        section('Relations', relList, 'No relations to other entities.'),
        section('Roles', roleList, 'No positions recorded.'),
        section('Outages', outageList, 'No outages.'),
        section(articles.length === 200 ? 'Mentioned in the 200 latest of its articles' : `Mentioned in ${articles.length} article${articles.length === 1 ? '' : 's'}`, articleList, 'No article mentions it.')),
      h('div', {}, h('h2', {}, 'Neighbourhood'), h('div', { class: 'panel' }, neighbourhood(iri, title, kind, relations, roles, outages)))));
}

/** A small radial graph: the entity in the middle, its relations, people/organisations and outages around it. */
function neighbourhood(iri, title, kind, relations, roles, outages) {
  const nodes = new Map();
  const edges = [];
  const add = (id, label, k) => { if (!nodes.has(id)) nodes.set(id, { id, label, kind: k }); };
  for (const r of relations) {
    add(r.other, r.label || short(r.other), kindOf(r.types));
    const names = RELATION_NAMES[r.p] || [short(r.p)];
    edges.push({ other: r.other, label: r.dir === 'out' ? names[0] : (names[1] || names[0]) });
  }
  for (const r of roles) {
    if (r.p !== iri) { add(r.p, r.person || short(r.p), 'person'); edges.push({ other: r.p, label: r.role || r.title || 'role' }); }
    if (r.o && r.o !== iri) { add(r.o, r.org || short(r.o), 'company'); edges.push({ other: r.o, label: r.role || r.title || 'role' }); }
  }
  for (const r of outages) {
    add(r.o, r.label || 'outage', 'outage');
    edges.push({ other: r.o, label: r.how });
  }
  const list = [...nodes.values()].slice(0, 24);
  const W = 560, H = 460, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 70;
  const pos = new Map([[iri, [cx, cy]]]);
  list.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(list.length, 1) - Math.PI / 2;
    pos.set(n.id, [cx + R * Math.cos(a), cy + R * Math.sin(a)]);
  });
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': 'Neighbourhood graph', 'data-testid': 'graph' });
  const seen = new Set();
  for (const e of edges) {
    const p = pos.get(e.other);
    if (!p || seen.has(e.other + '|' + e.label)) continue;
    seen.add(e.other + '|' + e.label);
    svg.appendChild(s('line', { class: 'edge', x1: cx, y1: cy, x2: p[0], y2: p[1] }));
    svg.appendChild(s('text', { class: 'edge-label', x: (cx + p[0]) / 2, y: (cy + p[1]) / 2 - 3, 'text-anchor': 'middle' }, e.label));
  }
  const fill = { company: '#d7e7ff', organisation: '#e4dcff', person: '#ffe2c6', service: '#d4f3dd', place: '#fff1a8', outage: '#f5b7b1', other: '#e8edf3' };
  const node = (id, label, k, center) => {
    const [x, y] = pos.get(id);
    const g = s('g', { class: 'node' + (center ? ' center' : ''), transform: `translate(${x},${y})` });
    const clickable = k !== 'outage' && isEntityIri(id);
    if (clickable) g.addEventListener('click', () => { location.hash = '#/entity?iri=' + encodeURIComponent(id); });
    g.appendChild(s('circle', { r: center ? 16 : 11, fill: fill[k] || fill.other }));
    const text = label.length > 28 ? label.slice(0, 27) + '…' : label;
    g.appendChild(s('text', { y: center ? 30 : 24, 'text-anchor': 'middle' }, text));
    g.appendChild(s('title', {}, label));
    svg.appendChild(g);
  };
  list.forEach((n) => node(n.id, n.label, n.kind, false));
  node(iri, title, kind, true);
  if (!list.length) svg.appendChild(s('text', { x: cx, y: cy + 50, 'text-anchor': 'middle', class: 'tick' }, 'no neighbours'));
  return svg;
}

// ---------- outage timeline ----------

/** Parses an xsd:date / dateTime / gYearMonth / gYear lexical form into a Date (UTC), or null. */
function parseWhen(v) {
  if (!v) return null;
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(v);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0));
}

/** The consolidated graph's IRI (each entity, fact and outage once), asked of the server once. */
let consolidatedGraph;
async function consolidated() {
  if (consolidatedGraph === undefined) {
    const r = await fetch('/api/consolidated');
    consolidatedGraph = r.ok ? (await r.json()).graph : null;
  }
  if (!consolidatedGraph) throw new Error('this store keeps no consolidated graph');
  return consolidatedGraph;
}

/** One outage event of the consolidated graph, or all of them: its values and how many articles report it. */
function outageQuery(KG, filter) {
  return `SELECT ?o (SAMPLE(?l) AS ?label) ?p (SAMPLE(?pl) AS ?provider) (SAMPLE(?st) AS ?start) (SAMPLE(?en) AS ?end)
      (SAMPLE(?du) AS ?duration) (GROUP_CONCAT(DISTINCT ?al; separator=", ") AS ?affected) (SAMPLE(?loc) AS ?place)
      (SAMPLE(?ca) AS ?cause) (SAMPLE(?n) AS ?sources)
    WHERE { GRAPH ${KG} { ?o a nkg:Outage ; nkg:sourceCount ?n . ${filter}
        OPTIONAL { ?o rdfs:label ?l } OPTIONAL { ?o nkg:provider ?p . OPTIONAL { ?p rdfs:label ?pl } }
        OPTIONAL { ?o schema:startDate ?st } OPTIONAL { ?o schema:endDate ?en } OPTIONAL { ?o schema:duration ?du }
        OPTIONAL { ?o nkg:affected ?af . ?af rdfs:label ?al } OPTIONAL { ?o schema:location ?lo . ?lo rdfs:label ?loc }
        OPTIONAL { ?o nkg:cause ?ca } } }
    GROUP BY ?o ?p ORDER BY STR(?start)`;
}
function outageLink(iri, label) { return h('a', { href: '#/outage?iri=' + encodeURIComponent(iri) }, label); }

async function timelineView(m) {
  const KG = iriRef(await consolidated());
  const rows = await select(outageQuery(KG, ''));
  const dated = rows.map((r) => ({ ...r, s: parseWhen(r.start), e: parseWhen(r.end), who: r.provider || '(provider not named)' })).filter((r) => r.s);
  const lanes = [...new Set(dated.map((r) => r.who))].sort((a, b) => a.localeCompare(b));
  const W = 1100, laneH = 26, top = 30, left = 190, right = 30;
  const H = top + lanes.length * laneH + 40;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': 'Outage timeline', 'data-testid': 'timeline' });
  if (dated.length) {
    let min = Math.min(...dated.map((r) => r.s.getTime()));
    let max = Math.max(...dated.map((r) => (r.e || r.s).getTime()));
    const y0 = new Date(min).getUTCFullYear(), y1 = new Date(max).getUTCFullYear() + 1;
    min = Date.UTC(y0, 0, 1); max = Date.UTC(y1, 0, 1);
    const x = (t) => left + ((t - min) / (max - min)) * (W - left - right);
    lanes.forEach((name, i) => {
      const y = top + i * laneH;
      if (i % 2 === 0) svg.appendChild(s('rect', { class: 'lane', x: 0, y, width: W, height: laneH }));
      svg.appendChild(s('text', { class: 'lane-label', x: 8, y: y + 17 }, name.length > 26 ? name.slice(0, 25) + '…' : name));
    });
    const axisY = top + lanes.length * laneH + 6;
    svg.appendChild(s('line', { class: 'axis', x1: left, y1: axisY, x2: W - right, y2: axisY }));
    const step = y1 - y0 > 12 ? 2 : 1;
    for (let yr = y0; yr <= y1; yr += step) {
      const tx = x(Date.UTC(yr, 0, 1));
      svg.appendChild(s('line', { class: 'axis', x1: tx, y1: top, x2: tx, y2: axisY + 4, 'stroke-dasharray': '2,3' }));
      svg.appendChild(s('text', { class: 'tick', x: tx, y: axisY + 18, 'text-anchor': 'middle' }, yr));
    }
    for (const r of dated) {
      const y = top + lanes.indexOf(r.who) * laneH + laneH / 2;
      const x1 = x(r.s.getTime()), x2 = r.e ? x(r.e.getTime()) : x1;
      const tip = `${r.label || 'outage'}\n${r.start}${r.end ? ' – ' + r.end : ''}${r.affected ? '\naffected: ' + r.affected : ''}`;
      if (x2 - x1 > 2) svg.appendChild(s('line', { class: 'outage-bar', x1, y1: y, x2, y2: y }));
      const dot = s('circle', { class: 'outage', cx: x1, cy: y, r: 6, tabindex: 0 }, s('title', {}, tip));
      dot.addEventListener('click', () => { location.hash = '#/outage?iri=' + encodeURIComponent(r.o); });
      svg.appendChild(dot);
    }
  }
  const table = h('table', { id: 'timeline-table' },
    h('thead', {}, h('tr', {}, ['start', 'end', 'duration', 'provider', 'outage', 'affected', 'place', 'sources'].map((c) => h('th', {}, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {},
      h('td', {}, r.start || '—'), h('td', {}, r.end || ''), h('td', {}, r.duration || ''),
      h('td', {}, r.p ? entityLink(r.p, r.provider || r.p) : h('span', { class: 'muted' }, 'not named')),
      h('td', {}, r.label || ''), h('td', {}, r.affected || ''), h('td', {}, r.place || ''),
      h('td', {}, outageLink(r.o, `${r.sources} article${r.sources === '1' ? '' : 's'}`))))));
  m.replaceChildren(
    h('h1', {}, 'Outage timeline'),
    h('p', { class: 'muted' }, `${rows.length} outages (reports of the same outage merged), ${dated.length} with a known start, by provider. Click a dot for the outage and every article that reports it.`),
    h('div', { class: 'panel' }, dated.length ? svg : h('p', { class: 'muted' }, 'No dated outages.')),
    h('div', { class: 'table-wrap' }, table));
}

// ---------- one outage and its sources ----------

async function outageView(m, params) {
  const KG = iriRef(await consolidated());
  const O = iriRef(params.get('iri') || '');
  const [facts, sources] = await Promise.all([
    select(outageQuery(KG, `FILTER (?o = ${O})`)),
    select(`SELECT ?id ?date ?headline ?evidence WHERE {
        GRAPH ${KG} { ${O} nkg:mergedFrom ?r }
        GRAPH ?g { ?r prov:wasDerivedFrom ?g . ?g schema:identifier ?id .
          OPTIONAL { ?g schema:datePublished ?date } OPTIONAL { ?g schema:headline ?headline } OPTIONAL { ?r nkg:evidenceText ?evidence } } }
      ORDER BY STR(?date) ?id`),
  ]);
  const o = facts[0];
  if (!o) { m.replaceChildren(errorBox('No such outage in the consolidated graph.')); return; }
  const row = (k, v) => (v ? [h('dt', {}, k), h('dd', {}, v)] : []);
  m.replaceChildren(
    h('h1', {}, o.label || 'Outage'),
    h('dl', { class: 'panel', 'data-testid': 'outage-facts' },
      ...row('provider', o.p ? entityLink(o.p, o.provider || o.p) : null), ...row('start', o.start), ...row('end', o.end),
      ...row('duration', o.duration), ...row('place', o.place), ...row('cause', o.cause), ...row('affected', o.affected)),
    h('h2', {}, `Reported by ${sources.length} article${sources.length === 1 ? '' : 's'}`),
    h('div', { class: 'table-wrap' }, h('table', { id: 'outage-sources' },
      h('thead', {}, h('tr', {}, ['article', 'published', 'headline', 'evidence'].map((c) => h('th', {}, c)))),
      h('tbody', {}, sources.map((r) => h('tr', {},
        h('td', {}, articleLink(r.id)), h('td', {}, r.date || ''), h('td', {}, r.headline || ''), h('td', {}, r.evidence || '')))))));
}

// ---------- articles ----------

async function articlesView(m) {
  // The 500 latest articles, from their dates alone, then each one's identifier and headline.
  const rows = await select(`SELECT ?id ?date ?headline WHERE {
      { SELECT ?a ?date WHERE { GRAPH ?a { ?a schema:datePublished ?date } } ORDER BY DESC(?date) LIMIT 500 }
      LATERAL { GRAPH ?a { ?a schema:identifier ?id . OPTIONAL { ?a schema:headline ?headline } } } }
    ORDER BY DESC(STR(?date)) ?id`);
  m.replaceChildren(h('h1', {}, 'Articles'), h('p', { class: 'muted' }, rows.length === 500 ? 'The 500 latest articles' : `${rows.length} articles`),
    h('div', { class: 'table-wrap' }, h('table', { id: 'articles-table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'published'), h('th', {}, 'headline'), h('th', {}, 'id'))),
      h('tbody', {}, rows.map((r) => h('tr', {}, h('td', {}, (r.date || '').slice(0, 10)), h('td', {}, articleLink(r.id, r.headline || r.id)), h('td', { class: 'muted' }, r.id)))))));
}

async function articleView(m, params) {
  const where = params.get('iri') ? `BIND(${iriRef(params.get('iri'))} AS ?a) ?a a schema:NewsArticle .` : `?a a schema:NewsArticle ; schema:identifier ${lit(params.get('id') || '')} .`;
  const meta = await select(`SELECT ?a ?id ?headline ?date ?url ?body WHERE { ${where} ?a schema:identifier ?id .
      OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:url ?url }
      OPTIONAL { ?a schema:articleBody ?body } } LIMIT 1`);
  if (!meta.length) throw new Error('no such article: ' + (params.get('id') || params.get('iri')));
  const art = meta[0];
  const A = iriRef(art.a);
  const [mentions, times, members, outs, stmts] = await Promise.all([
    select(`SELECT ?m ?start ?end ?e ?conf ?rec (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types) WHERE { GRAPH ${A} {
        ?m a nkg:Mention ; nkg:start ?start ; nkg:end ?end ; nkg:refersTo ?e .
        OPTIONAL { ?m nkg:confidence ?conf } OPTIONAL { ?m nkg:recogniser ?rec } OPTIONAL { ?e a ?t } } }
      GROUP BY ?m ?start ?end ?e ?conf ?rec`),
    select(`SELECT ?t ?start ?end ?value WHERE { GRAPH ${A} { ?t a nkg:TimeExpression ; nkg:start ?start ; nkg:end ?end . OPTIONAL { ?t nkg:value ?value } } }`),
    select(`SELECT ?f (SAMPLE(?pl) AS ?person) (SAMPLE(?rl) AS ?role) (SAMPLE(?ol) AS ?org) (SAMPLE(?ti) AS ?title) (SAMPLE(?cu) AS ?current)
        (SAMPLE(?c) AS ?conf) (SAMPLE(?ev) AS ?evidence) (SAMPLE(?es) AS ?es0) (SAMPLE(?ee) AS ?ee0) WHERE { GRAPH ${A} {
        ?f a org:Membership ; org:member ?p . OPTIONAL { ?p rdfs:label ?pl } OPTIONAL { ?f org:role ?r . OPTIONAL { ?r rdfs:label ?rl } }
        OPTIONAL { ?f org:organization ?o . ?o rdfs:label ?ol } OPTIONAL { ?f nkg:title ?ti } OPTIONAL { ?f nkg:current ?cu }
        OPTIONAL { ?f nkg:confidence ?c } OPTIONAL { ?f nkg:evidenceText ?ev } OPTIONAL { ?f nkg:evidenceStart ?es } OPTIONAL { ?f nkg:evidenceEnd ?ee } } }
      GROUP BY ?f`),
    select(`SELECT ?f (SAMPLE(?l) AS ?label) (SAMPLE(?pl) AS ?provider) (GROUP_CONCAT(DISTINCT ?al; separator=", ") AS ?affected)
        (SAMPLE(?c) AS ?conf) (SAMPLE(?ev) AS ?evidence) (SAMPLE(?es) AS ?es0) (SAMPLE(?ee) AS ?ee0) WHERE { GRAPH ${A} {
        ?f a nkg:Outage . OPTIONAL { ?f rdfs:label ?l } OPTIONAL { ?f nkg:provider ?p . ?p rdfs:label ?pl }
        OPTIONAL { ?f nkg:affected ?af . ?af rdfs:label ?al }
        OPTIONAL { ?f nkg:confidence ?c } OPTIONAL { ?f nkg:evidenceText ?ev } OPTIONAL { ?f nkg:evidenceStart ?es } OPTIONAL { ?f nkg:evidenceEnd ?ee } } }
      GROUP BY ?f`),
    select(`SELECT ?f ?pred (SAMPLE(?sl) AS ?subject) (SAMPLE(?ol) AS ?object)
        (SAMPLE(?c) AS ?conf) (SAMPLE(?ev) AS ?evidence) (SAMPLE(?es) AS ?es0) (SAMPLE(?ee) AS ?ee0) WHERE { GRAPH ${A} {
        ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?pred ; rdf:object ?o .
        OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol }
        OPTIONAL { ?f nkg:confidence ?c } OPTIONAL { ?f nkg:evidenceText ?ev } OPTIONAL { ?f nkg:evidenceStart ?es } OPTIONAL { ?f nkg:evidenceEnd ?ee } } }
      GROUP BY ?f ?pred`),
  ]);
  const facts = [
    ...members.map((r) => ({ kind: 'position', text: `${r.person || '?'} — ${r.role || r.title || 'role'}${r.org ? ' at ' + r.org : ''}${r.current === 'false' ? ' (former)' : ''}`, ...r })),
    ...outs.map((r) => ({ kind: 'outage', text: `${r.label || 'outage'}${r.affected ? ' — affected: ' + r.affected : ''}`, ...r })),
    ...stmts.map((r) => ({ kind: 'relation', text: `${r.subject || '?'} ${(RELATION_NAMES[r.pred] || [short(r.pred)])[0]} ${r.object || '?'}`, ...r })),
  ].sort((a, b) => (+a.es0 || 0) - (+b.es0 || 0));

  const chars = Array.from(art.body || '');
  const spans = [
    ...mentions.map((r) => ({ start: +r.start, end: +r.end, cls: 'm k-' + kindOf(r.types), title: `${kindOf(r.types)} · ${r.rec || ''} · confidence ${r.conf || '?'}`, entity: r.e })),
    ...times.map((r) => ({ start: +r.start, end: +r.end, cls: 'm k-time', title: `time · ${r.value || ''}` })),
  ].filter((x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.end <= chars.length && x.start < x.end);
  const bodyEl = h('div', { class: 'article-body', 'data-testid': 'article-body' });
  let selectedEvidence = null;
  const drawBody = () => {
    // Cut the text at every span boundary; each piece carries the classes of the spans covering it.
    const cuts = new Set([0, chars.length]);
    const all = selectedEvidence ? [...spans, selectedEvidence] : spans;
    for (const x of all) { cuts.add(x.start); cuts.add(x.end); }
    const points = [...cuts].filter((c) => c >= 0 && c <= chars.length).sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const text = chars.slice(a, b).join('');
      const cover = all.filter((x) => x.start <= a && x.end >= b);
      if (!cover.length) { pieces.push(document.createTextNode(text)); continue; }
      const mention = cover.find((x) => x.cls.startsWith('m ') && x.entity) || cover.find((x) => x.cls.startsWith('m '));
      const ev = cover.includes(selectedEvidence);
      const attrs = { class: [mention ? mention.cls : '', ev ? 'ev' : ''].join(' ').trim(), title: mention ? mention.title : 'evidence' };
      if (mention && mention.entity) attrs.onclick = () => { location.hash = '#/entity?iri=' + encodeURIComponent(mention.entity); };
      if (mention) attrs['data-kind'] = mention.cls.replace('m k-', '');
      pieces.push(h('span', attrs, text));
    }
    bodyEl.replaceChildren(...pieces);
  };
  drawBody();
  const factEls = facts.map((f) => {
    const el = h('div', { class: 'fact', 'data-testid': 'fact' },
      h('div', {}, h('span', { class: 'tag' }, f.kind), f.text, h('span', { class: 'muted' }, f.conf ? ` · confidence ${f.conf}` : '')),
      f.evidence ? h('div', { class: 'evidence' }, '“' + f.evidence + '”') : '');
    el.addEventListener('click', () => {
      const st = +f.es0, en = +f.ee0;
      for (const o of document.querySelectorAll('.fact.selected')) o.classList.remove('selected');
      el.classList.add('selected');
      selectedEvidence = Number.isInteger(st) && Number.isInteger(en) && st < en ? { start: st, end: en, cls: 'ev' } : null;
      drawBody();
      const first = bodyEl.querySelector('.ev');
      if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
    return el;
  });
  const counts = {};
  for (const x of spans) { const k = x.cls.replace('m k-', ''); counts[k] = (counts[k] || 0) + 1; }
  const safeUrl = art.url && /^https?:\/\//.test(art.url) ? h('a', { href: art.url, rel: 'noopener noreferrer', target: '_blank' }, art.url) : (art.url || '');
  m.replaceChildren(
    h('h1', { 'data-testid': 'article-title' }, art.headline || art.id),
    h('p', { class: 'muted' }, [art.id, art.date].filter(Boolean).join(' · '), art.url ? ' · ' : '', safeUrl),
    h('p', { class: 'legend' }, Object.entries(counts).map(([k, n]) => h('span', { class: 'tag k-' + k }, `${k} ${n}`)),
      h('span', { class: 'muted' }, 'Click a name for its entity page, a fact for its evidence.')),
    h('div', { class: 'grid2' },
      bodyEl,
      h('div', {}, h('h2', {}, `Facts (${facts.length})`), factEls.length ? factEls : h('p', { class: 'muted' }, 'No facts extracted.'))));
}
