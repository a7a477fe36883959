# Acquisitions, subsidiaries, partnerships, customers and suppliers. Written for newskg.
SENTENCES = r"""
[Microsoft|ORG] completed its $69 billion acquisition of [Activision Blizzard|ORG] after regulators in [Britain|LOC] cleared the deal.
[Corvane Systems|ORG] agreed to buy [Halvorsen Data AG|ORG] for about 1.2 billion euros in cash.
[Halvorsen Data AG|ORG] will operate as a wholly owned subsidiary of [Corvane Systems|ORG] after the deal closes.
[Salesforce|ORG] bought [Slack Technologies|ORG] for $27.7 billion, making [Slack|SVC] the centre of its collaboration strategy.
[Broadcom|ORG] closed its purchase of [VMware|ORG], the maker of [vSphere|SVC] virtualisation software.
[Vantor Cloud|ORG], a unit of [Kestrel Finance|ORG], provides hosting for the [PayLoop|SVC] wallet.
[Alibaba Cloud|ORG], the cloud arm of [Alibaba Group|ORG], will be spun off as a separately listed company.
[Google|ORG] agreed to acquire the cybersecurity company [Wiz|ORG] for $32 billion.
[Cisco|ORG] completed its acquisition of [Splunk|ORG], adding security analytics to its portfolio.
[Tallis Defend|ORG] is the cybersecurity subsidiary of the [Tallis Group|ORG], which is based in [Manchester|LOC].
[Oracle|ORG] and [Microsoft|ORG] announced a partnership that lets customers run [Oracle Database|SVC] inside [Azure|SVC] data centres.
[Pellucid Software|ORG] sold its [Orbisync|SVC] business to [Lumen Harbor Capital|ORG], a private equity firm.
[Amazon|ORG] bought the grocery chain [Whole Foods Market|ORG] in 2017.
[Sarvik Datacentres|ORG] is owned by [Blackridge Infrastructure Partners|ORG], an infrastructure fund based in [New York|LOC].
[Trenwick Telecom|ORG] said it had agreed to sell its tower business to [Cellnex|ORG].
[Kavreo Cloud|ORG] signed a five-year deal to supply computing capacity to [Ferrovia Digitale|ORG].
[Nvidia|ORG] supplies chips to [Meta|ORG], [Microsoft|ORG] and [Oracle|ORG], which use them to train large models.
[Snowflake|ORG] said it had acquired [Streamlit|ORG], whose open-source framework lets developers build data apps.
The [Brightwater Fiber|SVC] network was built by [Brightwater Networks|ORG] with funding from [Macquarie|ORG].
[Adobe|ORG] abandoned its planned $20 billion takeover of [Figma|ORG] after opposition from regulators in [Europe|LOC] and the [UK|LOC].
[NimbusDB|SVC] is developed by [Vantor Cloud|ORG]'s database team in [Tallinn|LOC].
[Meridian Bank|ORG] moved its core banking system to [Google Cloud|ORG] under a ten-year agreement.
[IBM|ORG] acquired [HashiCorp|ORG], the maker of [Terraform|SVC], for $6.4 billion.
[Marlowe Compute|ORG] was founded as a spin-off of the [University of Edinburgh|ORG] and now rents GPU servers to researchers.
[Tencent|ORG] owns a stake in [Epic Games|ORG], the developer of [Fortnite|SVC].
[Dalvik Systems|ORG] said [Prairie Cloud|ORG] was one of its five largest customers.
[Ardent Cloud|ORG] completed the purchase of [Nubeo|ORG], a Spanish hosting provider, for an undisclosed sum.
[Nubeo|ORG] customers will be moved onto the [Ardent Compute|SVC] platform over the next 18 months.
[Vodafone|ORG] and [Three UK|ORG] combined their British operations after the merger was approved by the [CMA|ORG].
[Infosys|ORG] won a contract to modernise the payment systems of [Danske Bank|ORG].
[Qualcomm|ORG] licenses its modem technology to [Apple|ORG] and [Samsung|ORG].
[Castellan Securities|ORG] said it would use [Helio Trade|SVC] from [Helio Markets|ORG] until the end of the contract in 2027.
[Orrin Logistics|ORG] relies on [Amazon Web Services|ORG] for [TrackPoint|SVC] and on [Twilio|ORG] for text-message alerts.
[Zhongke Data|ORG] is a subsidiary of the state-backed [China Electronics Technology Group|ORG].
[Hewlett Packard Enterprise|ORG] agreed to buy [Juniper Networks|ORG] in an all-cash transaction.
[Synthera Bio|ORG] picked [Microsoft|ORG] as its preferred cloud provider and will run its research workloads on [Azure|SVC].
[Atlassian|ORG] acquired [Loom|ORG], the video messaging company, for about $975 million.
[Lumenpay|SVC] is operated by [Lumen Payments Ltd|ORG], a subsidiary of [Kestrel Finance|ORG] registered in [Ireland|LOC].
[Mercado Libre|ORG] said [Mercado Pago|ORG] would expand into [Colombia|LOC] and [Chile|LOC].
[ByteDance|ORG], the owner of [TikTok|SVC], is based in [Beijing|LOC].
[Quillon Health|ORG] outsources the hosting of [MyQuillon|SVC] to [Fenwick Managed Services|ORG].
[Arm|ORG] is majority-owned by [SoftBank Group|ORG].
[Cloudflare|ORG] bought [Area 1 Security|ORG] to add email protection to its [Zero Trust|SVC] platform.
[Akamai|ORG] acquired [Linode|ORG] to build out a developer-focused cloud.
[Velora Networks|ORG] agreed to merge with [Ostrava Link|ORG], creating the largest independent fibre operator in [Central Europe|LOC].
[Capgemini|ORG] completed the acquisition of [Altran|ORG] in 2020.
[Stripe|ORG] said [Shopify|ORG] and [Amazon|ORG] were among the merchants using its new payments features.
[SAP|ORG] signed a deal with [Alibaba Cloud|ORG] to offer [S/4HANA|SVC] to customers in [China|LOC].
[Ilanga Telecom|ORG] is a joint venture between [Kgosi Holdings|ORG] and [Orange|ORG].
[Intel|ORG] sold a minority stake in its [Mobileye|ORG] unit in a public listing.
The [Northwind Holdings Ltd|ORG] board approved the sale of its data centre unit, [Northwind DC|ORG], to [Equinix|ORG].
[Apple|ORG] buys displays for the [iPhone|SVC] from [Samsung Display|ORG] and [LG Display|ORG].
[Fenwick Managed Services|ORG] is a subsidiary of [Fenwick Group plc|ORG], listed in [London|LOC].
[Thoma Bravo|ORG] took [Ping Identity|ORG] private and later merged it with [ForgeRock|ORG].
[Kestrel Finance|ORG] said it would acquire [Ilmarinen Pay|ORG] to expand in the [Nordics|LOC].
[Lintwood Labs|ORG] manufactures [Ember Home|SVC] thermostats through a contract with [Foxconn|ORG].
[Wipro|ORG] signed a $1 billion deal with [Marelli|ORG] to manage its IT infrastructure.
[Deutsche Telekom|ORG] controls [T-Mobile US|ORG], the third-largest mobile carrier in the [United States|LOC].
[Rakuten|ORG] launched [Rakuten Symphony|ORG] to sell its network software to other operators.
[Sony|ORG] said it would partner with [Microsoft|ORG] to use [Azure|SVC] for game streaming.
[Oracle|ORG] owns [Cerner|ORG], which supplies electronic health record systems to hospitals.
[Equinor|ORG] chose [Vantor Cloud|ORG] to host seismic data processing in [Norway|LOC].
[Flipkart|ORG] is majority owned by [Walmart|ORG], which bought control of the Indian retailer in 2018.
[Elliott Management|ORG] has built a stake in [Pellucid Software|ORG] and is pushing for a sale.
[Jio Platforms|ORG], a unit of [Reliance Industries|ORG], raised money from [Meta|ORG] and [Google|ORG].
[Grab|ORG] said it would use [Microsoft|ORG]'s cloud for its [GrabPay|SVC] and food delivery apps in [Southeast Asia|LOC].
[Siemens|ORG] agreed to buy [Altair Engineering|ORG], a maker of simulation software.
[Prosus|ORG] is the largest shareholder in [Tencent|ORG].
[Gulfstream Data Centers|ORG] signed a power purchase agreement with [DEWA|ORG] to supply its campus in [Dubai|LOC].
[Sainsbury's|ORG] said [Argos|ORG], its general merchandise business, would close more stores.
[Quanta Ledger|ORG] uses [Snowflake|ORG] for analytics and [Okta|ORG] for employee sign-in, according to its filings.
[Dell Technologies|ORG] spun off [VMware|ORG] in 2021.
[Nokia|ORG] won a contract to upgrade the mobile network of [Bharti Airtel|ORG] in [India|LOC].
[Paramount Global|ORG] merged with [Skydance Media|ORG], bringing [Paramount+|SVC] under new ownership.
[Disney|ORG] took full control of [Hulu|ORG] from [Comcast|ORG].
[Microsoft|ORG] bought [GitHub|ORG] in 2018 and [LinkedIn|ORG] in 2016.
[Hitachi|ORG] completed the purchase of [GlobalLogic|ORG], a digital engineering firm.
[Marks & Spencer|ORG] uses [Tata Consultancy Services|ORG] to run parts of its IT help desk.
[AT&T|ORG] sold its remaining stake in [DirecTV|ORG] to [TPG|ORG].
[Ofelia Systems|ORG] and [Corvane Systems|ORG] announced a partnership to bundle [Ofelia Sync|SVC] with [Stratus Queue|SVC].
[Procter & Gamble|ORG] signed an agreement with [Accenture|ORG] to manage its finance operations.
[H&M|ORG] chose [Google Cloud|ORG] to run its recommendation systems.
[CaixaBank|ORG] and [Telefónica|ORG] formed a joint venture to offer payment services in [Spain|LOC].
[Toyota|ORG] partnered with [NTT|ORG] to develop software for self-driving cars.
[Bain Capital|ORG] agreed to buy [Kioxia|ORG] from [Toshiba|ORG] in 2018.
[Swisscom|ORG] completed its takeover of [Vodafone Italia|ORG].
[Naspers|ORG] is the parent company of [Prosus|ORG].
[Everbright Logistics|ORG] runs its warehouses on software supplied by [Manhattan Associates|ORG].
[NimbusDB|SVC] will be offered through the [AWS Marketplace|SVC] as part of the deal between [Vantor Cloud|ORG] and [AWS|ORG].
"""
