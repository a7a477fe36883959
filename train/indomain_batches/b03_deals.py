# Acquisitions, subsidiaries, partnerships, customers and suppliers. Written for newskg.
SENTENCES = r"""
[Microsoft|COM] completed its $69 billion acquisition of [Activision Blizzard|COM] after regulators in [Britain|LOC] cleared the deal.
[Corvane Systems|COM] agreed to buy [Halvorsen Data AG|COM] for about 1.2 billion euros in cash.
[Halvorsen Data AG|COM] will operate as a wholly owned subsidiary of [Corvane Systems|COM] after the deal closes.
[Salesforce|COM] bought [Slack Technologies|COM] for $27.7 billion, making [Slack|SVC] the centre of its collaboration strategy.
[Broadcom|COM] closed its purchase of [VMware|COM], the maker of [vSphere|SVC] virtualisation software.
[Vantor Cloud|COM], a unit of [Kestrel Finance|COM], provides hosting for the [PayLoop|SVC] wallet.
[Alibaba Cloud|COM], the cloud arm of [Alibaba Group|COM], will be spun off as a separately listed company.
[Google|COM] agreed to acquire the cybersecurity company [Wiz|COM] for $32 billion.
[Cisco|COM] completed its acquisition of [Splunk|COM], adding security analytics to its portfolio.
[Tallis Defend|COM] is the cybersecurity subsidiary of the [Tallis Group|COM], which is based in [Manchester|LOC].
[Oracle|COM] and [Microsoft|COM] announced a partnership that lets customers run [Oracle Database|SVC] inside [Azure|SVC] data centres.
[Pellucid Software|COM] sold its [Orbisync|SVC] business to [Lumen Harbor Capital|COM], a private equity firm.
[Amazon|COM] bought the grocery chain [Whole Foods Market|COM] in 2017.
[Sarvik Datacentres|COM] is owned by [Blackridge Infrastructure Partners|COM], an infrastructure fund based in [New York|LOC].
[Trenwick Telecom|COM] said it had agreed to sell its tower business to [Cellnex|COM].
[Kavreo Cloud|COM] signed a five-year deal to supply computing capacity to [Ferrovia Digitale|COM].
[Nvidia|COM] supplies chips to [Meta|COM], [Microsoft|COM] and [Oracle|COM], which use them to train large models.
[Snowflake|COM] said it had acquired [Streamlit|COM], whose open-source framework lets developers build data apps.
The [Brightwater Fiber|SVC] network was built by [Brightwater Networks|COM] with funding from [Macquarie|COM].
[Adobe|COM] abandoned its planned $20 billion takeover of [Figma|COM] after opposition from regulators in [Europe|LOC] and the [UK|LOC].
[NimbusDB|SVC] is developed by [Vantor Cloud|COM]'s database team in [Tallinn|LOC].
[Meridian Bank|COM] moved its core banking system to [Google Cloud|COM] under a ten-year agreement.
[IBM|COM] acquired [HashiCorp|COM], the maker of [Terraform|SVC], for $6.4 billion.
[Marlowe Compute|COM] was founded as a spin-off of the [University of Edinburgh|ORG] and now rents GPU servers to researchers.
[Tencent|COM] owns a stake in [Epic Games|COM], the developer of [Fortnite|SVC].
[Dalvik Systems|COM] said [Prairie Cloud|COM] was one of its five largest customers.
[Ardent Cloud|COM] completed the purchase of [Nubeo|COM], a Spanish hosting provider, for an undisclosed sum.
[Nubeo|COM] customers will be moved onto the [Ardent Compute|SVC] platform over the next 18 months.
[Vodafone|COM] and [Three UK|COM] combined their British operations after the merger was approved by the [CMA|ORG].
[Infosys|COM] won a contract to modernise the payment systems of [Danske Bank|COM].
[Qualcomm|COM] licenses its modem technology to [Apple|COM] and [Samsung|COM].
[Castellan Securities|COM] said it would use [Helio Trade|SVC] from [Helio Markets|COM] until the end of the contract in 2027.
[Orrin Logistics|COM] relies on [Amazon Web Services|COM] for [TrackPoint|SVC] and on [Twilio|COM] for text-message alerts.
[Zhongke Data|COM] is a subsidiary of the state-backed [China Electronics Technology Group|COM].
[Hewlett Packard Enterprise|COM] agreed to buy [Juniper Networks|COM] in an all-cash transaction.
[Synthera Bio|COM] picked [Microsoft|COM] as its preferred cloud provider and will run its research workloads on [Azure|SVC].
[Atlassian|COM] acquired [Loom|COM], the video messaging company, for about $975 million.
[Lumenpay|SVC] is operated by [Lumen Payments Ltd|COM], a subsidiary of [Kestrel Finance|COM] registered in [Ireland|LOC].
[Mercado Libre|COM] said [Mercado Pago|COM] would expand into [Colombia|LOC] and [Chile|LOC].
[ByteDance|COM], the owner of [TikTok|SVC], is based in [Beijing|LOC].
[Quillon Health|COM] outsources the hosting of [MyQuillon|SVC] to [Fenwick Managed Services|COM].
[Arm|COM] is majority-owned by [SoftBank Group|COM].
[Cloudflare|COM] bought [Area 1 Security|COM] to add email protection to its [Zero Trust|SVC] platform.
[Akamai|COM] acquired [Linode|COM] to build out a developer-focused cloud.
[Velora Networks|COM] agreed to merge with [Ostrava Link|COM], creating the largest independent fibre operator in [Central Europe|LOC].
[Capgemini|COM] completed the acquisition of [Altran|COM] in 2020.
[Stripe|COM] said [Shopify|COM] and [Amazon|COM] were among the merchants using its new payments features.
[SAP|COM] signed a deal with [Alibaba Cloud|COM] to offer [S/4HANA|SVC] to customers in [China|LOC].
[Ilanga Telecom|COM] is a joint venture between [Kgosi Holdings|COM] and [Orange|COM].
[Intel|COM] sold a minority stake in its [Mobileye|COM] unit in a public listing.
The [Northwind Holdings Ltd|COM] board approved the sale of its data centre unit, [Northwind DC|COM], to [Equinix|COM].
[Apple|COM] buys displays for the [iPhone|SVC] from [Samsung Display|COM] and [LG Display|COM].
[Fenwick Managed Services|COM] is a subsidiary of [Fenwick Group plc|COM], listed in [London|LOC].
[Thoma Bravo|COM] took [Ping Identity|COM] private and later merged it with [ForgeRock|COM].
[Kestrel Finance|COM] said it would acquire [Ilmarinen Pay|COM] to expand in the [Nordics|LOC].
[Lintwood Labs|COM] manufactures [Ember Home|SVC] thermostats through a contract with [Foxconn|COM].
[Wipro|COM] signed a $1 billion deal with [Marelli|COM] to manage its IT infrastructure.
[Deutsche Telekom|COM] controls [T-Mobile US|COM], the third-largest mobile carrier in the [United States|LOC].
[Rakuten|COM] launched [Rakuten Symphony|COM] to sell its network software to other operators.
[Sony|COM] said it would partner with [Microsoft|COM] to use [Azure|SVC] for game streaming.
[Oracle|COM] owns [Cerner|COM], which supplies electronic health record systems to hospitals.
[Equinor|COM] chose [Vantor Cloud|COM] to host seismic data processing in [Norway|LOC].
[Flipkart|COM] is majority owned by [Walmart|COM], which bought control of the Indian retailer in 2018.
[Elliott Management|COM] has built a stake in [Pellucid Software|COM] and is pushing for a sale.
[Jio Platforms|COM], a unit of [Reliance Industries|COM], raised money from [Meta|COM] and [Google|COM].
[Grab|COM] said it would use [Microsoft|COM]'s cloud for its [GrabPay|SVC] and food delivery apps in [Southeast Asia|LOC].
[Siemens|COM] agreed to buy [Altair Engineering|COM], a maker of simulation software.
[Prosus|COM] is the largest shareholder in [Tencent|COM].
[Gulfstream Data Centers|COM] signed a power purchase agreement with [DEWA|COM] to supply its campus in [Dubai|LOC].
[Sainsbury's|COM] said [Argos|COM], its general merchandise business, would close more stores.
[Quanta Ledger|COM] uses [Snowflake|COM] for analytics and [Okta|COM] for employee sign-in, according to its filings.
[Dell Technologies|COM] spun off [VMware|COM] in 2021.
[Nokia|COM] won a contract to upgrade the mobile network of [Bharti Airtel|COM] in [India|LOC].
[Paramount Global|COM] merged with [Skydance Media|COM], bringing [Paramount+|SVC] under new ownership.
[Disney|COM] took full control of [Hulu|COM] from [Comcast|COM].
[Microsoft|COM] bought [GitHub|COM] in 2018 and [LinkedIn|COM] in 2016.
[Hitachi|COM] completed the purchase of [GlobalLogic|COM], a digital engineering firm.
[Marks & Spencer|COM] uses [Tata Consultancy Services|COM] to run parts of its IT help desk.
[AT&T|COM] sold its remaining stake in [DirecTV|COM] to [TPG|COM].
[Ofelia Systems|COM] and [Corvane Systems|COM] announced a partnership to bundle [Ofelia Sync|SVC] with [Stratus Queue|SVC].
[Procter & Gamble|COM] signed an agreement with [Accenture|COM] to manage its finance operations.
[H&M|COM] chose [Google Cloud|COM] to run its recommendation systems.
[CaixaBank|COM] and [Telefónica|COM] formed a joint venture to offer payment services in [Spain|LOC].
[Toyota|COM] partnered with [NTT|COM] to develop software for self-driving cars.
[Bain Capital|COM] agreed to buy [Kioxia|COM] from [Toshiba|COM] in 2018.
[Swisscom|COM] completed its takeover of [Vodafone Italia|COM].
[Naspers|COM] is the parent company of [Prosus|COM].
[Everbright Logistics|COM] runs its warehouses on software supplied by [Manhattan Associates|COM].
[NimbusDB|SVC] will be offered through the [AWS Marketplace|SVC] as part of the deal between [Vantor Cloud|COM] and [AWS|COM].
"""
