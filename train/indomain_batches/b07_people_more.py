# More people-centred sentences, quotes, titles before names. Written for newskg.
SENTENCES = r"""
Chief Executive [Priya Raman|PER] told staff in an email that the outage was "entirely our fault."
Mr. [Kurian|PER] said [Google Cloud|COM] would double its capacity in [Mexico|LOC] over the next two years.
Ms. [Okafor|PER] joined [Pellucid Software|COM] in 2016 after a decade at [SAP|COM].
"We will publish a full review," said [Jonas Brekke|PER], who co-founded [Lintwood Labs|COM] with [Mette Sørensen|PER].
[Wei Zhang|PER], head of infrastructure at [Zhongke Data|COM], said the new cluster in [Chengdu|LOC] would come online in May.
[Fatima Zahra Benali|PER] has been appointed managing director of [Atlas Cloud Maroc|COM] in [Casablanca|LOC].
[Diego Fernández|PER], a spokesman for [Mercado Libre|COM], said the company was investigating.
[Hiroko Sato|PER], an engineer at [Fujitsu|COM], said the failover software had not been updated since 2018.
President [Ananya Krishnan|PER] said [Sarvik Datacentres|COM] would build its own substation.
The new chairman, [Søren Vestergaard|PER], previously ran [Nordlys Energi|COM].
[Kwabena Asante|PER], a researcher at the [University of Ghana|ORG], said mobile money outages hit small traders hardest.
"The cooling design simply wasn't built for 40-degree days," said [Gareth Moyle|PER], a former co-founder of [Sarvik Datacentres|COM].
[Lena Fairbrook|PER] will join [Stripe|COM] next month to run its operations in [Ireland|LOC].
[Fairbrook|PER] had been at [Vantor Cloud|COM] since its founding.
[Shreya Iyer|PER], a partner at [McKinsey & Company|COM], said banks were rethinking their cloud strategies.
[Rahul Mehta|PER] resigned from the board of [Orrin Logistics|COM], citing differences with management.
[Ingrid Halvorsen|PER], the granddaughter of the founder of [Halvorsen Data AG|COM], remains its largest shareholder.
[Halvorsen|PER] said she supported the sale to [Corvane Systems|COM].
[Tomás Ekdahl|PER] and [Priya Raman|PER] will jointly lead the integration.
[Abdullah Al-Qahtani|PER], chief executive of [Najd Digital|COM], said the company would open a data centre in [Riyadh|LOC].
[Yuki Morimoto|PER] was named head of the [Tokyo|LOC] office of [Castellan Securities|COM].
[Beatriz Souza|PER], chief technology officer of [Nubank|COM], said the [Pix|SVC] problem originated at the central bank.
[Carlos Mendoza|PER] was appointed country manager for [Peru|LOC] at [Ardent Cloud|COM].
[Olga Petrenko|PER], who led the cloud team at [Kyivstar|COM], has moved to [Vodafone|COM].
[Nguyen Thi Lan|PER] was named chief executive of [Saigon Pay|COM], a digital wallet operator in [Vietnam|LOC].
[Arjun Nair|PER], a [Bengaluru|LOC]-based analyst at [Everest Group|COM], said the deal was priced aggressively.
[Francesca Romano|PER] of [Intesa Sanpaolo|COM] said the bank had moved half of its workloads to the cloud.
[Patrick O'Sullivan|PER], a spokesman for the [Central Bank of Ireland|ORG], declined to comment.
[O'Sullivan|PER] said the bank did not comment on individual firms.
[Jean-Pierre Dubois|PER] left [Atos|COM] after less than a year as chief executive.
[Dubois|PER] was the fourth person to hold the job in two years.
[Amara Nwankwo|PER] founded [Kora Cloud|COM] in [Lagos|LOC] to offer hosting priced in naira.
[Leila Haddad|PER], general counsel at [Quanta Ledger|COM], said the company would fight the charges.
[Thabo Mokoena|PER] said [Ilanga Telecom|COM] would repay customers for lost airtime.
[Björn Lindgren|PER] of [Ericsson|COM] said the software fault had been corrected.
[Valentina Greco|PER] was appointed to lead [Ferrovia Digitale|COM] after [Marchetti|PER] resigned.
[Greco|PER] previously ran digital services at [Trenitalia|COM].
[Sipho Ndlovu|PER], a trade union official, said workers at the [Midrand|LOC] data centre had raised safety concerns.
[Helen Zhou|PER], a senior analyst at [Canalys|COM], said [Huawei Cloud|COM] was gaining share in [Latin America|LOC].
[Marek Dvořák|PER] will lead the combined company formed by [Velora Networks|COM] and [Ostrava Link|COM].
[Hyun-woo Park|PER] said [Naver Cloud|COM] would build a sovereign AI platform for the government.
[Noah Whitaker|PER], a site reliability engineer at [Corvane Systems|COM], wrote a widely shared thread about the incident.
[Aisha Rahman|PER], head of policy at [Open Rights Group|ORG], said the outage showed the risks of depending on a few cloud providers.
[Kenji Watanabe|PER], the new president of [Dalvik Systems Japan|COM], apologised at a news conference in [Tokyo|LOC].
[Watanabe|PER] bowed deeply before answering questions.
[Rosa Jimenez|PER], chief executive of [Prairie Cloud|COM], said no customer had permanently lost data.
[Mateus Oliveira|PER], a developer in [Recife|LOC], said his company's app had been down all day.
[Samuel Kiprop|PER], an engineer at [Safaricom|COM], said the upgrade had been planned for months.
[Erik Johansson|PER], a spokesperson for [Telia|COM], confirmed the appointment.
[Alexandra Ionescu|PER] was hired by [UiPath|COM] as chief people officer.
[Emma Caldwell|PER] said [Brightwater Fiber|SVC] customers in [Leeds|LOC] would get a month of free service.
[Caldwell|PER] is the customer director of [Brightwater Networks|COM].
"Nobody expected a single certificate to cause this much trouble," said [Tariq Hussain|PER], founder of [Certwatch|COM].
[Ravi Shankar Prasad|PER] was the minister responsible for telecoms when the rules were introduced.
[Ursula von der Leyen|PER] said the [European Commission|ORG] would propose new rules for cloud providers.
[Margrethe Vestager|PER] oversaw several competition cases against [Google|COM] and [Apple|COM].
[Lina Khan|PER], who chaired the [FTC|ORG], said the agency would scrutinise cloud partnerships with AI start-ups.
[Gary Gensler|PER] said the [SEC|ORG] would require companies to disclose material cyber incidents within four days.
[Jen Easterly|PER], director of [CISA|ORG], called the faulty update a wake-up call.
[Thierry Breton|PER] warned large platforms that they faced fines for breaking the new rules.
[Melanie Dawes|PER], chief executive of [Ofcom|ORG], said operators must have resilient networks.
[Dawes|PER] said the regulator would not hesitate to impose fines.
[Ravi Menon|PER] led the [Monetary Authority of Singapore|ORG] for more than a decade.
[Shaktikanta Das|PER], governor of the [Reserve Bank of India|ORG], said banks must invest in IT resilience.
[Sabine Mauderer|PER] of the [Bundesbank|ORG] said outsourcing risks were rising.
"The market is consolidating quickly," said [Leonardo Bianchi|PER], an analyst at [Mediobanca|COM].
[Sergei Volkov|PER], a former engineer at [Yandex|COM], now runs a hosting company in [Belgrade|LOC].
[Mia Hoffmann|PER], a data centre consultant in [Munich|LOC], said generators are often the weakest link.
[Abhishek Verma|PER], chief executive of [Quickmart India|COM], said the app had handled record orders during the festival.
[Chen Yu|PER] was named head of international business at [Tencent Cloud|COM].
[Li Na|PER], a spokeswoman for [Alibaba Cloud|COM], said the [Hong Kong|LOC] facility was fully operational.
[Takeshi Mori|PER] will become chief executive of [SoftBank Corp|COM] in June.
[Zainab Bello|PER], who runs engineering at [Flutterwave|COM], said payments in [Kenya|LOC] had resumed.
[Guillermo Ruiz|PER] said [Rappi|COM] would compensate couriers for lost earnings.
[Ana Lucía Paredes|PER], a spokeswoman for [Avianca|COM], said systems were stable.
[Pieter de Vries|PER] was appointed chief information officer of [ING|COM].
[De Vries|PER] previously worked at [ABN Amro|COM].
[Freya Andersen|PER], a founder of [Fjordstack|COM], said the company would open an office in [Oslo|LOC].
[Kofi Boateng|PER] and [Adaeze Obi|PER] co-founded [Paystream Africa|COM] in 2019.
"""
