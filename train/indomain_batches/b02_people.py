# Executive appointments, resignations and quotes. Written for newskg.
SENTENCES = r"""
[Corvane Systems|COM] named [Priya Raman|PER] as chief executive, replacing [Martin Oelke|PER], who is retiring after nine years.
[Satya Nadella|PER], the chief executive of [Microsoft|COM], told analysts that demand for [Azure|SVC] remained strong.
[Andy Jassy|PER] said [Amazon|COM] would keep investing in data centres even as other divisions cut costs.
[Halvorsen Data AG|COM]'s chief financial officer, [Tomás Ekdahl|PER], said the company expected margins to recover next year.
Former [Oracle|COM] executive [Renata Vasquez|PER] has joined [Kestrel Finance|COM] as chief technology officer.
[Sundar Pichai|PER] said [Google|COM] would integrate its [Gemini|SVC] models into [Search|SVC] and [Workspace|SVC].
[Lena Fairbrook|PER], who ran the payments unit at [Vantor Cloud|COM], resigned on Friday, a spokesperson said.
[Marc Benioff|PER], co-founder of [Salesforce|COM], said the company would not pursue further large acquisitions this year.
[Trenwick Telecom|COM] appointed [Oluwaseun Adeyemi|PER] as head of its network operations in [West Africa|LOC].
"We are confident the fix is permanent," said [Dmitri Kolesnikov|PER], vice president of engineering at [Marlowe Compute|COM].
[Tim Cook|PER] said [Apple|COM] had seen record revenue from services including [iCloud|SVC] and [Apple Pay|SVC].
[Ananya Krishnan|PER] was promoted to president of [Sarvik Datacentres|COM] after the departure of co-founder [Gareth Moyle|PER].
[Jensen Huang|PER], the founder of [Nvidia|COM], said supply of its data-centre chips would improve in the second half.
[Pellucid Software|COM] said its chief executive, [Hannah Okafor|PER], would step down at the end of the quarter.
[Okafor|PER] will remain on the board as a non-executive director, the company said.
[Brightwater Networks|COM] has hired [Yusuf Demir|PER] from [Vodafone|COM] to lead its fibre rollout.
[Mark Zuckerberg|PER] said [Meta|COM] would spend more on artificial intelligence infrastructure next year.
The board of [Quanta Ledger|COM] removed [Elliot Carver|PER] as chairman after a dispute over strategy.
[Matthew Prince|PER], chief executive of [Cloudflare|COM], wrote in a blog post that the outage was unacceptable.
[Prince|PER] said the company would change how it deploys configuration across its network.
[Aiko Tanabe|PER] will become the first woman to lead [Rakuten Mobile|COM], the company announced on Thursday.
[Lintwood Labs|COM] co-founder [Jonas Brekke|PER] is leaving to start a new company focused on home energy.
[Safra Catz|PER] and [Larry Ellison|PER] said [Oracle|COM] had signed several multibillion-dollar cloud contracts.
Former [AWS|COM] executive [Camila Restrepo|PER] was named chief operating officer of [Ardent Cloud|COM].
[Ravi Menon|PER] of [Infosys|COM] said clients were delaying large transformation projects.
[Ofelia Systems|COM] named [Sebastian Wirth|PER] chief product officer, a newly created role.
[Eric Yuan|PER], who founded [Zoom|COM], said hybrid work would keep demand for [Zoom Phone|SVC] growing.
[Jack Ma|PER], the founder of [Alibaba|COM], has spent most of the past year outside [China|LOC].
[Eddie Wu|PER] took over as chief executive of [Alibaba Group|COM] and also runs [Alibaba Cloud|COM].
[Pony Ma|PER] said [Tencent|COM] would focus on [WeChat|SVC] mini programs and video accounts.
[Kingsbridge Energy|COM] said [Fiona Castellanos|PER] would succeed [Peter Hallam|PER] as finance chief in April.
The departure of [Nikhil Batra|PER] is the third senior exit from [Orrin Logistics|COM] this year.
[Sam Altman|PER] returned as chief executive of [OpenAI|COM] days after being removed by the board.
[Kavreo Cloud|COM] has appointed [Magdalena Nowak|PER], previously at [Google Cloud|COM], as general manager for [Central Europe|LOC].
[Thomas Kurian|PER], who runs [Google Cloud|COM], said the unit had turned an operating profit.
[Vikram Sethi|PER] stepped down as chief information security officer of [Meridian Bank|COM] following the data breach.
[Meridian Bank|COM] said [Sethi|PER]'s departure was unrelated to the incident.
[Adam Selipsky|PER] left [Amazon Web Services|COM] and was succeeded by [Matt Garman|PER].
[Garman|PER] previously ran sales and marketing for the cloud business.
[Quillon Health|COM] chief executive [Bernadette Achterberg|PER] apologised to patients in a video statement.
[Tallis Group|COM] said [Kwame Mensah|PER] had been named head of its security division, [Tallis Defend|COM].
[Jeff Bezos|PER] stepped down as chief executive of [Amazon|COM] in 2021 and became executive chairman.
[Castellan Securities|COM] hired [Ines Carvalho|PER] from [Goldman Sachs|COM] as head of trading technology.
[Todd McKinnon|PER], chief executive of [Okta|COM], said the company would tie executive pay to security goals.
[Mira Castellano|PER] resigned as chief technology officer of [Synthera Bio|COM] to join a venture capital firm.
[Arvind Krishna|PER] said [IBM|COM] would pause hiring for roles that could be replaced by automation.
[Velora Networks|COM] named [Søren Vestergaard|PER] chairman, succeeding founder [Henrik Aas|PER].
[Mike Cannon-Brookes|PER] and [Scott Farquhar|PER] co-founded [Atlassian|COM] in [Sydney|LOC] in 2002.
[Xu Lin|PER], a former [Huawei|COM] engineer, now leads the cloud division of [Zhongke Data|COM].
[Patrick Collison|PER] said [Stripe|COM] had processed more than one trillion dollars in payments last year.
[Lindiwe Dube|PER] was appointed chief executive of [Ilanga Telecom|COM], a mobile operator based in [Johannesburg|LOC].
[Dube|PER] previously led the consumer business at [MTN|COM].
[Prairie Cloud|COM] said founder [Caleb Lindqvist|PER] would become executive chairman and hand day-to-day control to [Rosa Jimenez|PER].
[Jimenez|PER] joined the company two years ago from [Rackspace|COM].
[Reed Hastings|PER], co-founder of [Netflix|COM], moved to the role of executive chairman.
[Dalvik Systems|COM] chief executive [Aurelio Bianchi|PER] said a firmware patch had been sent to all affected customers.
[Shantanu Narayen|PER] said [Adobe|COM] would continue to build generative features into [Photoshop|SVC] and [Acrobat|SVC].
Former [Twitter|COM] chief executive [Parag Agrawal|PER] has founded an AI start-up.
[Noor Al-Hashimi|PER] has been named managing director of [Gulfstream Data Centers|COM] in [Dubai|LOC].
[Daniel Ek|PER], chief executive of [Spotify|COM], criticised app store fees charged by [Apple|COM].
[Chiara Lombardi|PER], head of cloud research at [Forrester|COM], said customers were scrutinising bills more closely.
[Ferrovia Digitale|COM] said [Giulio Marchetti|PER] had resigned following the ticketing outage.
[Lisa Su|PER] said [AMD|COM] expected its data-centre chips to generate billions in revenue.
[Yannick Brun|PER] has left [OVHcloud|COM] after eight years, the French hosting company confirmed.
[Fumiko Hayashi|PER] was appointed president of [NTT Data|COM]'s operations in [Europe|LOC].
[Vireo Labs|COM] founder [Elias Grunwald|PER] said he had underestimated how quickly the company would grow.
[Hock Tan|PER] said [Broadcom|COM] would focus on its largest [VMware|COM] customers.
[Ilmarinen Pay|COM] chief executive [Aino Virtanen|PER] said no customer funds had been lost.
[Virtanen|PER] said an external review of the incident would be published in the summer.
[Ginni Rometty|PER] retired as chief executive of [IBM|COM] in 2020.
[Bartholomew Finch|PER], a partner at [Finch & Rowe|COM], advised [Corvane Systems|COM] on the sale.
[Nadella|PER] said the company would keep building capacity in [Europe|LOC] and the [Middle East|LOC].
[Cheng Wei|PER] was appointed chief executive of [Didi|COM]'s international arm.
[Marisol Ortega|PER], who led [Mercado Libre|COM]'s payments arm [Mercado Pago|COM] in [Mexico|LOC], is joining [Kestrel Finance|COM].
[Jakob Lindahl|PER] will succeed [Birgitta Ström|PER] as chief executive of [Telia|COM] in [Sweden|LOC].
[Raman|PER] said [Corvane Systems|COM] would prioritise reliability over new features in her first year.
[Olusegun Bello|PER], group chief executive of [Lagos Fintech Partners|COM], said the outage cost the firm millions of naira.
[Wendell Pryce|PER], a former director at the [Federal Reserve|ORG], has joined the board of [Quanta Ledger|COM].
[Anjali Deshpande|PER] becomes the first chief AI officer at [Tata Consultancy Services|COM].
[Ekdahl|PER] declined to comment on the possibility of job cuts.
[Rafael Moreno|PER] left [Telefónica|COM] to become chief executive of [Ardent Cloud|COM]'s Spanish unit.
[Sophie Laurent|PER], a spokeswoman for [Ofcom|ORG], said the regulator was gathering information from operators.
[Jassy|PER] wrote in his annual letter that [AWS|COM] was still in the early days of its growth.
[Pichai|PER] told employees in a memo that the company needed to be more efficient.
[Harriet Lowe|PER] was named head of [Microsoft|COM]'s [Azure Cloud Group|COM] operations in the [United Kingdom|LOC].
[Ren Zhengfei|PER] founded [Huawei|COM] in [Shenzhen|LOC] in 1987.
[Emeka Nwosu|PER] has been appointed chief technology officer at [Flutterwave|COM].
"""
