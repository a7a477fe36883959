# Regulators, fines, analysts, earnings. Written for newskg.
SENTENCES = r"""
The [European Commission|ORG] fined [Meta|COM] 797 million euros for tying [Facebook Marketplace|SVC] to its social network.
The [Federal Trade Commission|ORG] sued [Amazon|COM], accusing it of using illegal tactics to keep sellers on its marketplace.
The [FTC|ORG] said the settlement required [Lintwood Labs|COM] to delete voice recordings collected by [Ember Home|SVC] devices.
[Ofcom|ORG] opened an investigation into whether [Trenwick Telecom|COM] breached its obligations during the emergency-call outage.
The [SEC|ORG] charged [Quanta Ledger|COM] and two former executives with misleading investors about its revenue.
[CNIL|ORG], the French data protection authority, fined [Google|COM] 150 million euros over cookie consent practices.
[BaFin|ORG] ordered [Halvorsen Data AG|COM] to appoint a special monitor after repeated IT failures at its banking clients.
The [Monetary Authority of Singapore|ORG] told [DBS Bank|COM] to pause non-essential IT changes after a string of outages.
[MAS|ORG] said it would impose additional capital requirements on the bank.
[CISA|ORG] urged federal agencies to patch the flaw in [Ivanti|COM] gateways within 48 hours.
The [Irish Data Protection Commission|ORG] fined [TikTok|COM] 345 million euros over its handling of children's data.
The [Competition and Markets Authority|ORG] said it would investigate the cloud market, focusing on [AWS|COM] and [Microsoft|COM].
"Customers are more reliant on a handful of providers than ever," said [Nadia Ferreira|PER], an analyst at [Gartner|COM].
[Gartner|COM] estimates that worldwide spending on public cloud services will rise by about 20 percent this year.
[Corvane Systems|COM] reported quarterly revenue of $2.3 billion, up 14 percent from a year earlier.
Shares of [Pellucid Software|COM] fell 18 percent after the company cut its full-year forecast.
[Microsoft|COM] said revenue from [Azure|SVC] and other cloud services grew 29 percent in the quarter.
[Amazon Web Services|COM] generated operating income of $10.4 billion, accounting for most of [Amazon|COM]'s profit.
The [Australian Communications and Media Authority|ORG] fined [Optus|COM] for failing to connect emergency calls during the outage.
"The outage was a wake-up call for the sector," said [Ollie Marchbanks|PER] of [CCS Insight|COM].
The [Securities and Exchange Board of India|ORG] ordered [Orbit Brokers|COM] to stop onboarding new clients.
[Sebi|ORG] said the broker had failed to keep client funds separate from its own.
The [US Department of Justice|ORG] accused [Google|COM] of monopolising the market for advertising technology.
The [DOJ|ORG] is seeking the sale of the [Chrome|SVC] browser as a remedy.
The [Information Commissioner's Office|ORG] fined [Quillon Health|COM] 2.4 million pounds for failing to protect patient data.
[Kestrel Finance|COM] posted a net loss for the third straight quarter as it spent heavily on marketing for [Lumenpay|SVC].
[Hiroshi Takeda|PER], an analyst at [Nomura|COM], said [Rakuten Mobile|COM] needed to add subscribers faster to break even.
The [Bundeskartellamt|ORG] placed [Apple|COM] under stricter oversight as a company of paramount significance for competition.
The [Autoriteit Persoonsgegevens|ORG] fined [Uber|COM] 290 million euros for transferring driver data to the [United States|LOC].
[Alibaba|COM] said revenue at its cloud unit rose 13 percent, helped by demand for AI products.
[Tencent|COM] reported a 10 percent rise in revenue driven by games and advertising on [WeChat|SVC].
The [Federal Communications Commission|ORG] proposed a fine against [Verizon|COM] over the 911 outage.
[FCC|ORG] chair [Jessica Rosenworcel|PER] said carriers must ensure that emergency calls go through.
The [Reserve Bank of India|ORG] barred [Paytm Payments Bank|COM] from accepting new deposits.
[RBI|ORG] said the restrictions followed persistent compliance failures.
"Enterprises are moving workloads back on premises for cost reasons," said [Dave Holloway|PER], principal analyst at [IDC|COM].
[Synergy Research Group|COM] said [Amazon|COM], [Microsoft|COM] and [Google|COM] together control about two-thirds of the cloud infrastructure market.
[Snowflake|COM] shares jumped after it raised guidance for product revenue.
[Brightwater Networks|COM] said earnings before interest, tax, depreciation and amortisation rose 9 percent to 410 million pounds.
The [Office of the Privacy Commissioner of Canada|ORG] opened an investigation into the breach at [Cyberlink Bank|COM].
[Marta Ruiz|PER], an analyst at [Bernstein|COM], said the deal would give [Ardent Cloud|COM] scale in [Iberia|LOC].
The [European Data Protection Board|ORG] said [Meta|COM] could not rely on contract terms to justify targeted advertising.
The [Cyberspace Administration of China|ORG] ordered app stores to remove [Didi|SVC] after a cybersecurity review.
[China|LOC]'s [State Administration for Market Regulation|ORG] fined [Alibaba|COM] 18.2 billion yuan for abusing its dominant position.
The [SAMR|ORG] also fined [Meituan|COM] for forcing merchants to sign exclusive deals.
[Vantor Cloud|COM] revenue rose 41 percent, but losses widened as the company built new data centres in [Poland|LOC] and [Finland|LOC].
"We do not see any impact on demand from the outage," said [Lucia Brandt|PER], chief financial officer of [Kavreo Cloud|COM].
The [Hong Kong Monetary Authority|ORG] asked banks to review their reliance on a single cloud provider.
The [Prudential Regulation Authority|ORG] and the [Financial Conduct Authority|ORG] fined [TSB|COM] 48.65 million pounds over its failed IT migration.
[FCA|ORG] said the bank had not managed the operational risks of outsourcing properly.
[Moody's|COM] downgraded [Sarvik Datacentres|COM] by one notch, citing higher debt.
[S&P Global Ratings|COM] affirmed its rating on [Equinix|COM] with a stable outlook.
[Jonas Feld|PER], a senior analyst at [Forrester|COM], said the price increases would push some customers to [Google Cloud|COM].
The [Korea Fair Trade Commission|ORG] fined [Google|COM] for blocking the development of rival versions of [Android|SVC].
The [Japan Fair Trade Commission|ORG] issued a cease-and-desist order against [Google|COM] over search deals with smartphone makers.
The [Comisión Nacional de los Mercados y la Competencia|ORG] opened a case against [Amazon|COM] and [Apple|COM].
The [CNMC|ORG] fined the two companies a combined 194 million euros.
[Brazil|LOC]'s [Supreme Court|ORG] ordered the suspension of [X|SVC] after the company failed to appoint a legal representative.
[Anatel|ORG], the Brazilian telecoms regulator, told internet providers to block access within five days.
The [National Cyber Security Centre|ORG] said there was no evidence that the outage was caused by an attack.
The [NCSC|ORG] published guidance for companies that rely on a single content delivery network.
[ENISA|ORG] warned that the concentration of cloud services created systemic risks for the [European Union|LOC].
The [European Central Bank|ORG] said banks must test their ability to exit outsourcing arrangements with cloud providers.
[Castellan Securities|COM] was fined $4 million by [FINRA|ORG] for failing to supervise its trading platform.
[Oracle|COM] shares rose 11 percent after it reported a surge in bookings for [Oracle Cloud Infrastructure|SVC].
[Infosys|COM] cut its revenue growth forecast, citing weak demand from clients in [North America|LOC].
[Reliance Jio|COM] added 8 million subscribers in the quarter, according to data from the [Telecom Regulatory Authority of India|ORG].
The [TRAI|ORG] said total wireless subscribers rose to 1.16 billion.
[Dalvik Systems|COM] warned that the firmware recall would cost it about $60 million.
[Analysys Mason|COM] estimated that the outage cost businesses in [Canada|LOC] more than $140 million.
"It's a concentration risk that regulators are finally taking seriously," said [Abebe Tesfaye|PER], a fellow at the [Brookings Institution|ORG].
The [UK Treasury|ORG] proposed rules that would give regulators direct oversight of critical third parties such as cloud providers.
The [Consumer Financial Protection Bureau|ORG] ordered [Kestrel Finance|COM] to refund customers charged twice by [Lumenpay|SVC].
[Nomura|COM] raised its price target on [Fujitsu|COM] after the company reported better-than-expected profits.
[Morgan Stanley|COM] analyst [Keith Weiss|PER] said investors were focused on how quickly AI spending would turn into revenue.
The [Autorité de la concurrence|ORG] fined [Apple|COM] for the way it collected consent for ads on [iOS|SVC].
[Salesforce|COM] said subscription revenue from [Data Cloud|SVC] more than doubled.
The [Swiss Financial Market Supervisory Authority|ORG] opened proceedings against [Credit Suisse|COM] over outsourcing risks.
[FINMA|ORG] said the bank's oversight of its IT service providers had been inadequate.
[Tomasz Wiśniewski|PER], head of the cyber agency in [Poland|LOC], said the attack was traced to a criminal group.
The [Garante|ORG], [Italy|LOC]'s privacy watchdog, temporarily banned [ChatGPT|SVC] over data collection concerns.
[Okta|COM] shares fell 11 percent after the company disclosed that hackers accessed its customer support system.
[Atlassian|COM] reported a rise in cloud revenue as customers moved off its self-managed server products.
"""
