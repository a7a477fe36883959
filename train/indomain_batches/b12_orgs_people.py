# Organisations and people: names with "and", "&" and "of", acronyms, holding structures,
# titles before and after names, quotes, analysts, courts, unions, Title Case and ALL-CAPS
# headlines, capitalised common nouns as hard negatives. Written for newskg.
SENTENCES = r"""
[Harlow and Finch Group|COM] agreed to buy the payroll software maker [Tessary|COM] for 640 million pounds.
[Harlow and Finch|COM] and [Deloitte|COM] will jointly run the migration of the bank's core systems.
The consultancy [Ashby and Vell|COM] advised [Corvane Systems|COM] on the sale, while [Clifford Chance|COM] acted for the buyer.
[Ernst & Young|COM] audited the accounts of [Quanta Ledger|COM] for six years before resigning.
[Marsh & McLennan|COM] said cyber insurance claims linked to the outage could exceed $1 billion.
[Black & Veatch|COM] was hired to design the substation for the new data centre campus.
[Johnson & Johnson|COM] and [Procter & Gamble|COM] said their online stores had not been affected.
[Barnes & Noble|COM] said its [Nook|SVC] store was back online after a cyberattack.
[Standard & Poor's|COM] cut its outlook on the telecoms operator to negative.
[Skadden, Arps, Slate, Meagher & Flom|COM] represented the founders in the lawsuit.
[Pryor, Lang & Osei|COM], a law firm in [Accra|LOC], said it would appeal the ruling on behalf of its client.
[Dunmore & Sons|COM] has supplied backup generators to data centres in [Ireland|LOC] since 1974.
[Wexford and Tate Capital|COM] and [Greyfield Partners|COM] together own 60 percent of [Sarvik Datacentres|COM].
[Bank of America|COM] and [Bank of Montreal|COM] said card payments had resumed.
The [Royal Bank of Canada|COM] said some clients could not see recent transactions in online banking.
[Commonwealth Bank of Australia|COM] customers in [Perth|LOC] could not use their cards for about two hours.
[Bank of Ireland|COM] was asked by the [Central Bank of Ireland|ORG] to explain a glitch that let customers withdraw more than their balance.
A bank of servers in the basement of the [Castellan Securities|COM] office in [Canary Wharf|LOC] was flooded when a pipe burst overnight.
[Bank of Tallinn|COM] chief executive [Kadri Tamm|PER] said the migration to [Azure|SVC] had been postponed.
The [University of Tokyo|ORG] and [Kyoto University|ORG] will share a supercomputer built by [Fujitsu|COM].
Researchers at the [Massachusetts Institute of Technology|ORG] found that most outages were caused by configuration changes.
The [Institute of Electrical and Electronics Engineers|ORG] published a new standard for data centre power systems.
The [Court of Justice of the European Union|ORG] ruled that the data transfer agreement was invalid.
The [Ministry of Communications and Information Technology|ORG] said it would review the licence.
[NIST|ORG] released new guidance on post-quantum encryption for federal agencies.
The [IETF|ORG] working group agreed to retire the old protocol by the end of next year.
[ICANN|ORG] said the registry had restored the affected domains within hours.
[W3C|ORG] and [ETSI|ORG] will cooperate on standards for digital identity wallets.
The [GSMA|ORG] said mobile operators in [Africa|LOC] were investing heavily in network resilience.
The [IMF|ORG] warned that outages at payment systems could threaten financial stability in smaller economies.
The [OECD|ORG] said cloud spending by governments had doubled in five years.
The [ITU|ORG] said undersea cable repairs were taking too long because of a shortage of ships.
[NHS England|ORG] said hospitals in [London|LOC] had postponed operations after the pathology supplier was hacked.
The [BBC|COM] said its [iPlayer|SVC] streaming service struggled to cope with demand during the final.
The CEO of [Tessary|COM] said the [Tessary Payroll API|SVC] would be deprecated in Q3.
CEO Pay Rises Sharply as Profits Climb
[Ravenna Cloud|COM] Q3 Revenue Beats Forecasts Despite Outage
Chief Executive Says Outlook Remains Uncertain
Data from the [Uptime Institute|COM] survey showed that most firms had no plan for a prolonged cloud outage.
Network operators in the region said they had not been told about the maintenance in advance.
Cloud costs at [Tessary|COM] rose faster than revenue for the third quarter in a row.
Monday's board meeting ended without a decision on the chief executive's future.
The [Ravenna Cloud|COM] SLA promises 99.99 percent uptime, but the credits are small.
The IPO was delayed after the outage raised questions about the company's controls.
EBITDA margins at [Northmark Telecom|COM] narrowed because of higher electricity prices in [Sweden|LOC].
[Tessary|COM] is a wholly owned subsidiary of [Harlow and Finch Group|COM].
[Ravenna Cloud|COM], a unit of [Ostwald Holdings|COM], runs the hosting business that was hit by the outage.
[Ostwald Holdings|COM], the parent company of [Ravenna Cloud|COM], said it would fund the repairs.
[Alphabet|COM], the parent company of [Google|COM], reported higher cloud revenue.
[Verily|COM] and [Waymo|COM] are also owned by [Alphabet|COM].
[LY Corporation|COM], which operates [LINE|SVC] and [Yahoo Japan|SVC], is controlled by [SoftBank Corp|COM] and [Naver|COM].
[Kestrel Finance|COM] said its card-issuing subsidiary, [Kestrel Issuing Services|COM], had passed the audit.
[Northmark Telecom|COM] is the Scandinavian division of [Brasko Group|COM].
[Meta Platforms|COM] said the outage affected [Facebook|SVC], [Instagram|SVC] and [Messenger|SVC].
Chief Executive [Hannah Okafor|PER] said [Pellucid Software|COM] would not seek a buyer.
Dr. [Imran Qureshi|PER], who leads the cloud research group at [Imperial College London|ORG], said the findings were worrying.
Prof. [Mariana Costa|PER] of the [University of Lisbon|ORG] said the outage showed the risks of shared dependencies.
Judge [Amit Mehta|PER] of the [US District Court for the District of Columbia|ORG] ruled that [Google|COM] had acted as a monopolist.
Senator [Elaine Brooks|PER] asked the [FCC|ORG] to explain why emergency calls failed.
Commissioner [Teresa Ribera|PER] said the [European Commission|ORG] would enforce the rules firmly.
Sir [Ian Corbett|PER], chairman of [Halden Power|COM], said the company would pay for the repairs.
Lord [Whitmore|PER] raised the outage in the [House of Lords|ORG] on Tuesday.
"We should have caught this much earlier," said [Camille Fauchard|PER], chief technology officer at [Ravenna Cloud|COM].
"No customer funds were ever at risk," said [Tobias Brandt|PER], head of communications at [Kestrel Finance|COM].
"It was a change that had been made a hundred times before," said [Anil Gupta|PER], vice president of infrastructure at [Tessary|COM].
"The market overreacted," [Helena Sørlie|PER], a portfolio manager at [Norrland Kapital|COM], said in an interview.
"Resilience is now a board-level issue," said [Graham Pike|PER], research director at [Omdia|COM].
"Customers will forgive one outage, but not two," said [Yvonne Achebe|PER], an analyst at [Halcyon Research|COM].
[Dan Ives|PER], an analyst at [Wedbush Securities|COM], said investors were watching cloud spending more closely than revenue.
[Rhea Kapoor|PER], principal analyst at [Counterpoint Research|COM], said smartphone makers were cutting orders.
[Matthias Kern|PER], who covers telecoms for [Jefferies|COM], lowered his price target on the stock.
[Brightline Analytics|COM] estimated that the three-day outage cost retailers about $400 million.
[Brent Thill|PER] of [Jefferies|COM] said software budgets were shifting toward AI.
The [Supreme Court of India|ORG] asked the government to explain the internet shutdown.
The [High Court|ORG] in [London|LOC] approved the restructuring plan on Friday.
The [Delaware Court of Chancery|ORG] rejected the shareholder lawsuit against the board.
The [Federal Court of Australia|ORG] ordered [Optus|COM] to pay a penalty.
The [Competition Appeal Tribunal|ORG] allowed the class action against [Apple|COM] to proceed.
The [Bundesgerichtshof|ORG] ruled that the bank had to refund the customer.
[Unite|ORG] said members at the [Slough|LOC] data centre would strike over pay.
[Prospect|ORG], the union that represents engineers at [BT|COM], said staff had warned about the cooling system.
Prospects for the sector improved after the central bank cut interest rates.
The [Communications Workers of America|ORG] said [Verizon|COM] technicians had been working double shifts.
[Verdi|ORG] called a strike at [Amazon|COM] warehouses in [Leipzig|LOC] and [Bad Hersfeld|LOC].
[IG Metall|ORG] said it would negotiate with [Siemens|COM] over job cuts.
The [Alphabet Workers Union|ORG] said contractors should get the same notice of job cuts as employees.
The [Communication Workers Union|ORG] said [Royal Mail|COM] staff would walk out on Monday.
[Maria Gonzalez|PER], president of the [Telecommunications Workers Union|ORG], said crews had been sent into unsafe conditions.
[HARLOW AND FINCH|COM] TO BUY [TESSARY|COM] FOR 640 MLN POUNDS
[BANK OF AMERICA|COM] RESTORES ONLINE BANKING AFTER OUTAGE
[ERNST & YOUNG|COM] QUITS AS AUDITOR OF [QUANTA LEDGER|COM]
[NIST|ORG] PUBLISHES FINAL POST-QUANTUM STANDARDS
UNION CALLS STRIKE AT DATA CENTRE OVER SAFETY
CLOUD OUTAGE HITS BANKS ACROSS THE REGION
[Harlow and Finch|COM] Names [Rebecca Thorne|PER] Chief Executive
[Bank of Tallinn|COM] Fined Over ATM Glitch
[Ravenna Cloud|COM] Parent [Ostwald Holdings|COM] Pledges Funds for Repairs
Judge Rules Against [Google|COM] in Search Case
[Unite|ORG] Members Vote to Strike at [Slough|LOC] Site
[Omdia|COM] Analyst Warns of Second Outage Risk
Network Giant Cuts Forecast as Orders Slow
Data Centre Operator Hires New Finance Chief
[Rebecca Thorne|PER], who joins from [Experian|COM], will become chief executive of [Harlow and Finch Group|COM] in September.
[Thorne|PER] replaces [Geoffrey Harlow|PER], a grandson of one of the founders.
[Harlow|PER] will remain on the board as a non-executive director.
Mr. [Okonjo|PER], the finance director, said the dividend would be maintained.
Ms. [Lindqvist|PER] said the company had informed the [Swedish Financial Supervisory Authority|ORG] within the required time.
[Jean-Luc Moreau|PER], the former head of [Atos|COM]'s cloud unit, joined [Capgemini|COM] as a senior adviser.
[Ngozi Adichie-Bello|PER], group general counsel of [Zenith Bank|COM], said the bank would contest the fine.
[María José Fernández|PER] was named chief risk officer of [Banco Sabadell|COM].
[Van der Berg|PER] said the board had full confidence in the management team.
[Aditya Birla Group|COM] chairman [Kumar Mangalam Birla|PER] said the telecoms business needed more capital.
[Tata Sons|COM], the holding company of the [Tata Group|COM], owns a majority of [Tata Consultancy Services|COM].
[Berkshire Hathaway|COM] sold part of its stake in [HP|COM] last year.
[Temasek|COM] and [GIC|COM] both invested in the funding round.
The [Abu Dhabi Investment Authority|ORG] took a minority stake in the data centre company.
[KKR|COM] agreed to buy a majority stake in [Zehnder Datacenter|COM] from its founders.
[EQT|COM] said it would take the software company private for 2.1 billion euros.
[Silver Lake|COM] and [Sixth Street|COM] led the financing for [Ravenna Cloud|COM].
[Sequoia Capital|COM] and [Accel|COM] invested in [Tessary|COM] when it was founded.
The [Gates Foundation|ORG] funded a study of mobile money outages in [East Africa|LOC].
The [Electronic Frontier Foundation|ORG] said the proposed rules would weaken encryption.
[Amnesty International|ORG] said the internet shutdown had cut off millions of people.
The [Red Cross|ORG] said its systems had been restored after the cyberattack.
[Access Now|ORG] counted more than 280 internet shutdowns in a single year.
The Chief Operating Officer said the Network Operations Centre had been fully staffed.
At [Kestrel Finance|COM], Data Protection and Cloud Security are now handled by the same team.
Chief Executive Officer and Chief Financial Officer pay will be cut by 20 percent this year.
Friday's Board Meeting Could Decide [Pellucid Software|COM]'s Future
The Data Centre Industry Faces a Power Problem
"""
