//! The default graph of a query as the union of the article graphs: every named graph but the
//! derived ones (the consolidated graph), by rewriting the query's algebra.
//!
//! Oxigraph's union default graph covers every named graph, and a dataset that lists the article
//! graphs one by one would make each pattern one lookup per article. Instead each triple pattern
//! that reads the default graph becomes `GRAPH ?g { pattern }` with `FILTER (?g != <derived>)` on
//! a fresh variable, which Oxigraph evaluates with the same index lookups as the union, and which
//! keeps the union's meaning: each pattern may match in any article graph. The same holds for a
//! property path of one step (a predicate, its inverse, alternatives of those, a negated set);
//! a path of several steps (`a/b`, `a+`, `a*`, `a?`) may join triples of several graphs, so it is
//! left on the whole union, where the consolidated graph's triples repeat those of the articles.
//! Patterns inside `GRAPH` are left as they are. Blank nodes of a rewritten pattern become fresh
//! variables (they are variables in a pattern), so patterns that share one still join on it.

use spargebra::algebra::{AggregateExpression, Expression, GraphPattern, OrderExpression, PropertyPathExpression};
use spargebra::term::{NamedNode, NamedNodePattern, TermPattern, TriplePattern, Variable};

/// Rewrites `pattern` so that what it reads from the default graph excludes `derived`.
pub(crate) fn exclude(pattern: GraphPattern, derived: &[NamedNode]) -> GraphPattern {
    if derived.is_empty() {
        return pattern;
    }
    Rewriter { derived, fresh: 0 }.pattern(pattern)
}

struct Rewriter<'a> {
    derived: &'a [NamedNode],
    fresh: usize,
}

impl Rewriter<'_> {
    fn variable(&mut self) -> Variable {
        self.fresh += 1;
        Variable::new_unchecked(format!("__newskg_graph_{}", self.fresh))
    }

    /// `GRAPH ?g { inner } FILTER (?g != <derived> && ...)` with a fresh `?g`.
    fn in_article_graph(&mut self, inner: GraphPattern) -> GraphPattern {
        let g = self.variable();
        let mut expr: Option<Expression> = None;
        for d in self.derived {
            let ne = Expression::Not(Box::new(Expression::SameTerm(
                Box::new(Expression::Variable(g.clone())),
                Box::new(Expression::NamedNode(d.clone())),
            )));
            expr = Some(match expr {
                Some(e) => Expression::And(Box::new(e), Box::new(ne)),
                None => ne,
            });
        }
        let graph = GraphPattern::Graph { name: NamedNodePattern::Variable(g), inner: Box::new(inner) };
        match expr {
            Some(expr) => GraphPattern::Filter { expr, inner: Box::new(graph) },
            None => graph,
        }
    }

    fn pattern(&mut self, pattern: GraphPattern) -> GraphPattern {
        let b = |p: Box<GraphPattern>, r: &mut Self| Box::new(r.pattern(*p));
        match pattern {
            GraphPattern::Bgp { patterns } => {
                let mut out: Option<GraphPattern> = None;
                for tp in patterns {
                    let tp = TriplePattern {
                        subject: no_blank(tp.subject),
                        predicate: tp.predicate,
                        object: no_blank(tp.object),
                    };
                    let one = self.in_article_graph(GraphPattern::Bgp { patterns: vec![tp] });
                    out = Some(match out {
                        Some(left) => GraphPattern::Join { left: Box::new(left), right: Box::new(one) },
                        None => one,
                    });
                }
                out.unwrap_or(GraphPattern::Bgp { patterns: Vec::new() })
            }
            GraphPattern::Path { subject, path, object } => {
                let (subject, object) = (no_blank(subject), no_blank(object));
                if one_step(&path) {
                    self.in_article_graph(GraphPattern::Path { subject, path, object })
                } else {
                    GraphPattern::Path { subject, path, object }
                }
            }
            GraphPattern::Join { left, right } => GraphPattern::Join { left: b(left, self), right: b(right, self) },
            GraphPattern::LeftJoin { left, right, expression } => GraphPattern::LeftJoin {
                left: b(left, self),
                right: b(right, self),
                expression: expression.map(|e| self.expression(e)),
            },
            GraphPattern::Lateral { left, right } => {
                GraphPattern::Lateral { left: b(left, self), right: b(right, self) }
            }
            GraphPattern::Filter { expr, inner } => {
                GraphPattern::Filter { expr: self.expression(expr), inner: b(inner, self) }
            }
            GraphPattern::Union { left, right } => GraphPattern::Union { left: b(left, self), right: b(right, self) },
            g @ GraphPattern::Graph { .. } => g,
            GraphPattern::Extend { inner, variable, expression } => {
                GraphPattern::Extend { inner: b(inner, self), variable, expression: self.expression(expression) }
            }
            GraphPattern::Minus { left, right } => GraphPattern::Minus { left: b(left, self), right: b(right, self) },
            v @ GraphPattern::Values { .. } => v,
            GraphPattern::OrderBy { inner, expression } => GraphPattern::OrderBy {
                inner: b(inner, self),
                expression: expression
                    .into_iter()
                    .map(|o| match o {
                        OrderExpression::Asc(e) => OrderExpression::Asc(self.expression(e)),
                        OrderExpression::Desc(e) => OrderExpression::Desc(self.expression(e)),
                    })
                    .collect(),
            },
            GraphPattern::Project { inner, variables } => GraphPattern::Project { inner: b(inner, self), variables },
            GraphPattern::Distinct { inner } => GraphPattern::Distinct { inner: b(inner, self) },
            GraphPattern::Reduced { inner } => GraphPattern::Reduced { inner: b(inner, self) },
            GraphPattern::Slice { inner, start, length } => {
                GraphPattern::Slice { inner: b(inner, self), start, length }
            }
            GraphPattern::Group { inner, variables, aggregates } => GraphPattern::Group {
                inner: b(inner, self),
                variables,
                aggregates: aggregates
                    .into_iter()
                    .map(|(v, a)| {
                        let a = match a {
                            AggregateExpression::FunctionCall { name, expr, distinct } => {
                                AggregateExpression::FunctionCall { name, expr: self.expression(expr), distinct }
                            }
                            other => other,
                        };
                        (v, a)
                    })
                    .collect(),
            },
            s @ GraphPattern::Service { .. } => s,
        }
    }

    /// The expression with the patterns of its `EXISTS` rewritten.
    fn expression(&mut self, e: Expression) -> Expression {
        let mut b = |e: Box<Expression>| Box::new(self.expression(*e));
        match e {
            Expression::Exists(p) => Expression::Exists(Box::new(self.pattern(*p))),
            Expression::Or(x, y) => Expression::Or(b(x), b(y)),
            Expression::And(x, y) => Expression::And(b(x), b(y)),
            Expression::Equal(x, y) => Expression::Equal(b(x), b(y)),
            Expression::SameTerm(x, y) => Expression::SameTerm(b(x), b(y)),
            Expression::Greater(x, y) => Expression::Greater(b(x), b(y)),
            Expression::GreaterOrEqual(x, y) => Expression::GreaterOrEqual(b(x), b(y)),
            Expression::Less(x, y) => Expression::Less(b(x), b(y)),
            Expression::LessOrEqual(x, y) => Expression::LessOrEqual(b(x), b(y)),
            Expression::Add(x, y) => Expression::Add(b(x), b(y)),
            Expression::Subtract(x, y) => Expression::Subtract(b(x), b(y)),
            Expression::Multiply(x, y) => Expression::Multiply(b(x), b(y)),
            Expression::Divide(x, y) => Expression::Divide(b(x), b(y)),
            Expression::UnaryPlus(x) => Expression::UnaryPlus(b(x)),
            Expression::UnaryMinus(x) => Expression::UnaryMinus(b(x)),
            Expression::Not(x) => Expression::Not(b(x)),
            Expression::If(x, y, z) => Expression::If(b(x), b(y), b(z)),
            Expression::In(x, list) => {
                let x = b(x);
                Expression::In(x, list.into_iter().map(|e| self.expression(e)).collect())
            }
            Expression::Coalesce(list) => Expression::Coalesce(list.into_iter().map(|e| self.expression(e)).collect()),
            Expression::FunctionCall(f, args) => {
                Expression::FunctionCall(f, args.into_iter().map(|e| self.expression(e)).collect())
            }
            other => other,
        }
    }
}

/// A blank node of a pattern as the variable it stands for.
fn no_blank(t: TermPattern) -> TermPattern {
    match t {
        TermPattern::BlankNode(b) => {
            TermPattern::Variable(Variable::new_unchecked(format!("__newskg_blank_{}", b.as_str())))
        }
        other => other,
    }
}

/// Whether a path matches single triples only.
fn one_step(path: &PropertyPathExpression) -> bool {
    match path {
        PropertyPathExpression::NamedNode(_) | PropertyPathExpression::NegatedPropertySet(_) => true,
        PropertyPathExpression::Reverse(p) => one_step(p),
        PropertyPathExpression::Alternative(a, b) => one_step(a) && one_step(b),
        _ => false,
    }
}
