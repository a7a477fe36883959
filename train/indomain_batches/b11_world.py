# Non-US contexts: banks, telcos, payment networks, ride-hailing, e-commerce, governments
# and regulators in Asia, Africa, Latin America, Europe and the Middle East;
# transliterated names, districts and provinces; currency amounts and dates as negatives.
# Written for newskg.
SENTENCES = r"""
[Bank Rakyat Indonesia|COM] said transfers through [BRImo|SVC] failed for customers in [West Java|LOC] and [Central Java|LOC] on Friday.
[Gojek|COM] drivers in [South Jakarta|LOC] could not accept rides for about two hours, the company said.
[Bank Indonesia|ORG] said [QRIS|SVC] payments had grown to more than 30 million merchants.
[Otoritas Jasa Keuangan|ORG], the Indonesian financial regulator, asked [Bank Syariah Indonesia|COM] to explain the outage by Monday.
[Tokopedia|SVC] and [Shopee|SVC] sellers in [Surabaya|LOC] said orders vanished from their dashboards during the flash sale.
[Grab|COM] said [GrabFood|SVC] orders in [Kuala Lumpur|LOC] were delayed because of a problem with a mapping provider.
[Bank Negara Malaysia|ORG] said [DuitNow|SVC] transfers had been restored after a disruption lasting 90 minutes.
[Touch 'n Go eWallet|SVC] users in [Penang|LOC] said toll payments were being charged twice.
The [Bank of Thailand|ORG] ordered [Kasikornbank|COM] to report on the failure of its [K PLUS|SVC] app within seven days.
[PromptPay|SVC] transfers in [Bangkok|LOC] slowed during the Songkran holiday as millions of people sent money home.
[Viettel|COM] said an undersea cable fault had slowed international traffic for users in [Ho Chi Minh City|LOC] and [Hanoi|LOC].
[Zalo|SVC], the messaging app run by [VNG|COM], was unavailable for part of Sunday evening.
[MoMo|SVC] wallet users in [Da Nang|LOC] could not top up their phones for about three hours.
[Globe Telecom|COM] and [PLDT|COM] said a typhoon had damaged towers across [Northern Luzon|LOC].
[Smart Communications|COM] said mobile data in [Cebu|LOC] would be fully restored by Thursday.
[State Bank of Pakistan|ORG] said [Raast|SVC] had processed a record 2.3 trillion rupees of payments in June.
[JazzCash|SVC] and [Easypaisa|SVC] customers in [Karachi|LOC] reported failed bill payments on the due date.
[Nagad|SVC] and [bKash|SVC] both saw transaction volumes double before the Eid holiday.
[Dialog Axiata|COM] said customers in [Colombo|LOC] had lost service after a fire at a switching centre.
[Reliance Jio|COM] said the outage affecting subscribers in [Kerala|LOC] and [Tamil Nadu|LOC] was caused by a fibre cut.
[Bharti Airtel|COM] said its network in [Gurugram|LOC] and [Noida|LOC] was back to normal after a power failure.
Users of [DigiLocker|SVC] could not download documents for most of the afternoon, the [Ministry of Electronics and Information Technology|ORG] said.
[CERT-In|ORG] asked banks to report cyber incidents within six hours of noticing them.
[UIDAI|ORG] said [Aadhaar|SVC] authentication requests had been slowed by a spike in traffic.
[Meesho|COM] said sellers in [Jaipur|LOC] and [Surat|LOC] were paid late because of a reconciliation error.
[Ola|COM] said bookings in [Koramangala|LOC] and [Indiranagar|LOC] dropped sharply when its app crashed.
Sales at [Flipkart|COM] rose to 12,000 crore rupees during the first week of the festival, according to people familiar with the figures.
[Zerodha|COM] said its [Kite|SVC] trading platform had stopped accepting orders for about 15 minutes after the market opened.
[Nithin Kamath|PER], co-founder of [Zerodha|COM], apologised to clients in a post on [X|SVC].
[SEBI|ORG] asked brokers to put in place backup systems that can take over within 45 minutes.
[Coupang|COM] said the delivery delays in [Gyeonggi Province|LOC] were caused by a warehouse software update.
[Toss|SVC], the finance app run by [Viva Republica|COM], said transfers were delayed for 20 minutes on Tuesday.
[SK Telecom|COM] said a data breach had affected the SIM information of subscribers, and it offered free replacements.
[KT|COM] said the nationwide internet outage was caused by a routing error made during work in [Busan|LOC].
[LG Uplus|COM] said it would spend 100 billion won on security after the attacks.
[Ministry of Science and ICT|ORG] officials visited the [Pangyo|LOC] data centre after the fire.
[Kim Min-jun|PER], a director at the [Korea Communications Commission|ORG], said carriers would face stricter inspections.
[Lee Seo-yeon|PER], an analyst at [Hana Securities|COM], said the fine was smaller than investors had feared.
[Park Ji-hoon|PER] was named chief executive of [Kakao Pay|COM] after the board meeting in [Seongnam|LOC].
[NTT Docomo|COM] said communication failures in [Hokkaido|LOC] and [Aomori Prefecture|LOC] were caused by equipment damaged in the earthquake.
[PayPay|SVC] payments failed at shops across [Japan|LOC] for about an hour on Sunday.
[JR East|COM] said [Suica|SVC] gates at [Shinjuku|LOC] station had been opened manually during the fault.
[Mercari|COM] said listings in the app were delayed because of a problem at its cloud provider.
The [Financial Services Agency|ORG] ordered [Mizuho Bank|COM] to submit a plan to prevent further ATM failures.
[Tanaka Hiroshi|PER], president of [Kisaragi Data Systems|COM], said the company would double its staff in [Osaka|LOC].
[Sato Yumi|PER] of [Daiwa Securities|COM] said [SoftBank Group|COM] shares would remain volatile.
[Meituan|COM] said delivery riders in [Chaoyang District|LOC] had been compensated for lost earnings.
[Pinduoduo|SVC] shoppers in [Guangdong|LOC] saw payment errors during the shopping festival.
[China Mobile|COM] said it had repaired the optical cable in [Fujian|LOC] that was cut during construction work.
The [People's Bank of China|ORG] said [UnionPay|COM] had processed 1.2 trillion yuan in cross-border payments.
[Ministry of Industry and Information Technology|ORG] officials summoned executives from [JD.com|COM] and [Alibaba|COM].
[Zhang Wei|PER], a spokesperson for [Tencent|COM], said [WeChat|SVC] had been restored in [Pudong|LOC].
[Liu Yang|PER], who leads cloud research at [IDC China|COM], said state-owned banks preferred local providers.
[Chunghwa Telecom|COM] said two undersea cables linking [Taiwan|LOC] to the [Matsu Islands|LOC] had been damaged.
[HKT|COM] said mobile customers in [Kowloon|LOC] lost data service for about 40 minutes.
[Octopus|SVC] cards could not be topped up at some stations in [Hong Kong|LOC], [Octopus Cards Limited|COM] said.
[M-Pesa|SVC] transactions in [Kisumu|LOC] were slow on Friday, [Safaricom|COM] said, citing a database upgrade.
The [Communications Authority of Kenya|ORG] fined [Airtel Kenya|COM] 5 million shillings for missing quality targets.
[Equity Bank|COM] said [Equitel|SVC] customers in [Nakuru|LOC] could once again send money.
The [Central Bank of Nigeria|ORG] told banks to refund customers who were debited twice during the outage.
[NIBSS|COM] said instant transfers had resumed after a fault at a data centre in [Lekki|LOC].
[Opay|COM] and [Moniepoint|COM] agents in [Ikeja|LOC] said customers had been waiting hours for transfers to arrive.
[Paystack|COM] said card payments on [Jumia|SVC] had failed for some shoppers in [Abuja|LOC].
[Chukwuemeka Eze|PER], chief executive of [Lagoon Switch|COM], said the company would open a second site in [Port Harcourt|LOC].
[Funmilayo Adekunle|PER], an analyst at [Stanbic IBTC|COM], said transfer fees of 50 naira were unlikely to change.
[Adebayo Ogunleye|PER] left [Interswitch|COM] after eleven years to start a payments company in [Ibadan|LOC].
[MTN|COM] said [MoMo|SVC] payments in [Ghana|LOC] and [Uganda|LOC] were disrupted by a software upgrade.
[Ethio Telecom|COM] said [telebirr|SVC] had more than 50 million registered users.
[Orange Money|SVC] customers in [Dakar|LOC] switched to [Wave|SVC] during the outage.
[Sonatel|COM] said the fault had affected subscribers in [Thiès|LOC] and [Saint-Louis|LOC].
[Vodacom|COM] said load shedding had taken more than 1,000 base stations offline in [Gauteng|LOC] and the [Western Cape|LOC].
The [South African Reserve Bank|ORG] said [PayShap|SVC] would raise its transaction limit in March.
[Capitec|COM] said its app was back online after a problem with a supplier left clients unable to pay for about three hours.
[Ecobank|COM] said customers in [Lomé|LOC] and [Abidjan|LOC] could use its app again.
[Nomvula Khumalo|PER], a spokeswoman for [Telkom|COM], said technicians were restoring cables in [Soweto|LOC].
[Amina Yusuf|PER] was appointed managing director of [Kano Digital Bank|COM], a lender based in northern [Nigeria|LOC].
[Nubank|COM] said [Pix|SVC] transfers from [Minas Gerais|LOC] and [Paraná|LOC] had been delayed by a fault at a partner.
The [Banco Central do Brasil|ORG] said [Pix|SVC] had handled 250 million transactions in a single day.
[Magazine Luiza|COM] said its website recovered in the late afternoon after a surge of Black Friday traffic.
[Vivo|COM] customers in [Pinheiros|LOC] and [Vila Mariana|LOC] lost fixed broadband for most of Tuesday.
[Anatel|ORG] ordered [Claro|COM] to explain why emergency calls failed in [Recife|LOC].
[Fernanda Lima|PER], head of technology at [Banco Inter|COM], said no customer data had been exposed.
[Banxico|ORG] said [SPEI|SVC] transfers were running normally again after a connectivity problem at one bank.
[Telcel|COM] said the outage in [Nuevo León|LOC] and [Jalisco|LOC] was caused by vandalism of fibre lines.
[BBVA México|COM] said customers in [Guadalajara|LOC] could not withdraw cash for about two hours.
[Rodrigo Salazar|PER], an analyst at [Grupo Financiero Norte|COM], said fees of 15 pesos per transfer would drive customers to wallets.
[Yape|SVC] and [Plin|SVC] payments in [Miraflores|LOC] were delayed as a Peruvian bank updated its systems.
[Banco de Crédito del Perú|COM] said [Yape|SVC] now has more than 15 million users.
[Nequi|SVC] users in [Medellín|LOC] and across [Antioquia|LOC] reported failed payments on payday.
[Ualá|COM] said it had raised money to expand in [Argentina|LOC], [Mexico|LOC] and [Colombia|LOC].
[Mercado Pago|COM] said [Mercado Pago|SVC] QR payments in [Córdoba|LOC] were restored within an hour.
[Cabify|COM] drivers in [Santiago|LOC] said the app had assigned the same trip to several cars.
[Deutsche Bahn|COM] said [DB Navigator|SVC] showed wrong departure times for trains in [Bavaria|LOC].
The [Bundesnetzagentur|ORG] asked [Vodafone Germany|COM] to report on the outage in [North Rhine-Westphalia|LOC].
[Arcep|ORG] said [Free|COM] and [Bouygues Telecom|COM] had restored service in [Île-de-France|LOC] after the cable cut.
[Free|COM] subscribers in [Marseille|LOC] lost television and internet service for six hours.
[Orange|COM] said emergency calls failed across [France|LOC] for several hours because of a faulty equipment upgrade.
[AGCOM|ORG] fined [TIM|COM] 3 million euros over misleading broadband speed claims in [Lombardy|LOC].
[Telefónica|COM] said [Movistar|SVC] customers in [Catalonia|LOC] had lost mobile data during the storm.
[CaixaBank|COM] said [Bizum|SVC] payments had recovered after a brief interruption on Monday evening.
[Turkcell|COM] said subscribers in [Kadıköy|LOC] and [Beşiktaş|LOC] lost service after a power cut.
The [Information and Communication Technologies Authority|ORG] ordered operators in [Türkiye|LOC] to keep backup generators fuelled.
[Trendyol|SVC] orders in [Ankara|LOC] and [Izmir|LOC] were delayed because a logistics system failed.
[Mehmet Yılmaz|PER], chief executive of [Anadolu Bulut|COM], said prices would rise by 40 percent in lira terms.
[Elif Şahin|PER], a researcher at [Boğaziçi University|ORG], said mobile money was spreading quickly among students.
[Sberbank|COM] said [SberPay|SVC] payments were delayed by a denial-of-service attack.
[Mir|SVC] cards were declined at some terminals in [Kazakhstan|LOC] after the bank changed its rules.
[Kaspi.kz|COM] said its app was back online for customers in [Almaty|LOC] and [Astana|LOC].
[Anastasia Morozova|PER], an analyst at [Sinara Capital|COM], said the outage would cost the bank about 2 billion roubles.
[Dmitry Sokolov|PER] left [Yandex|COM] to run a hosting company in [Yerevan|LOC].
[e&|COM] said its network in [Abu Dhabi|LOC] had been restored after an equipment failure.
[du|COM] said mobile customers in [Deira|LOC] and [Jumeirah|LOC] had lost data service for about an hour.
[Careem|COM] said ride bookings in [Dubai|LOC] fell while its app was unstable.
[Talabat|SVC] orders in [Kuwait|LOC] and [Bahrain|LOC] were delayed because of a payments outage.
[Noon|SVC] shoppers in [Riyadh|LOC] could not complete orders for most of the evening.
[stc|COM] said users in [Jeddah|LOC] and the [Eastern Province|LOC] lost mobile internet after a cable was cut.
[mada|SVC] card payments failed at some shops in [Saudi Arabia|LOC], the [Saudi Central Bank|ORG] said.
[Absher|SVC], the government services app, was unavailable for about two hours because of maintenance.
[Faisal Al-Otaibi|PER], a spokesman for [Najd Digital|COM], said the new region would open in the first quarter.
[Khalid Al-Mansouri|PER] was appointed chief executive of [Emirates NBD|COM]'s digital bank, [Liv|COM].
[Ooredoo|COM] said customers in [Doha|LOC] had been compensated with free data.
[Qatar National Bank|COM] said cards issued in [Qatar|LOC] had worked normally throughout.
[Bit|SVC] transfers were delayed for customers of [Bank Hapoalim|COM] in [Israel|LOC].
[Yasmin Haddad|PER], a fintech consultant in [Amman|LOC], said regional banks were moving slowly to the cloud.
A fine of 1.5 billion rupiah was imposed on the operator, the ministry said on March 14.
The transfer limit will rise to 50,000 rupees from April 1, the central bank said.
Subscribers will receive a credit of 200 yen on their next bill, the company said.
The regulator fined the bank 2.8 million reais and gave it until the end of June to fix its systems.
The outage on Eid al-Fitr left many families unable to send gifts of money.
About 3,000 naira was deducted twice from each affected account, a spokesperson said.
Fees for small transfers were cut to zero dirhams during the holiday period.
"""
