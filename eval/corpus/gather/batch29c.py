#!/usr/bin/env python3
"""Batch 29c (session 30, part of this session's out-of-sample check; helper gather30c): outages and service
disruptions with the operator named, from UK Parliament texts (Open Parliament Licence v3.0) — a select committee's
report on Northern Ireland Electricity's storm outage (26 December 1998 - 1 January 1999) and historic Hansard items
(api.parliament.uk/historic-hansard, as batches 14 and 28c): a joint electricity authority's supply cuts to
industrial premises in Surrey (10 February 1947), a switchboard transfer that disturbed the Post Office's Central
telephone exchange (17 February 1906), the failure of the electric light in the Houses of Parliament blamed on an
unnamed supply company (24 November 1927), the East London Water Company's supply restricted in a drought (July 1896),
the Southwark and Vauxhall Waterworks Company's mains frozen at Barnes (undated, February 1895 answer), London
Transport's power failure that stopped the Underground (6 July 1970), the Grand Junction Waterworks Company's failed
supply in St George's, Hanover Square (from Saturday 16 July 1881) — and two
near-misses (power cuts in Scotland in 1950, counted, not told apart; fires on the National Telephone Company's
premises with no service said lost, 1905).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page, cut at the last full sentence
before an excerpt breaks off (`truncated` as recorded). Edits per item in `notes`; no word added or changed. Written
before newskg ran on any text of the batch.
usage: batch29c.py [POOL_DIR] [--dry]   (default /tmp/g30c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/g30c/pool"


def pub(id, url, published, title, att, text, sector, region, topics, notes, origin, truncated=True):
    """A pool record for a UK Parliament text (fields as batch28c's `pub`; Open Parliament Licence v3.0)."""
    return {"id": id, "source": url, "licence": "Open Parliament Licence v3.0", "attribution": att,
            "published": published, "title": title, "text": text, "sector": sector, "region": region,
            "topics": topics.split(","), "origin": origin, "notes": notes, "truncated": truncated}


HH = "https://api.parliament.uk/historic-hansard/"


def hh(id, path, published, title, kind, text, sector, topics, notes, truncated=True):
    """A historic Hansard item (as batches 14 and 28c): OPL notice, House and kind, title, date, address."""
    u = HH + path
    return pub(id, u, published, title, f"{OPL_NOTICE}. Hansard, {kind}, '{title}', {published}; text as at {u}",
               text, sector, "non-US", topics, notes, "UK Parliament, historic Hansard (page store)", truncated)


SPEAKERS = ("The column reference and the speaker lines (with their question numbers and constituencies) left out, as "
            "batches 14 and 28c did, so the members and ministers are not named in the text. ")

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
u = "https://publications.parliament.uk/pa/cm199899/cmselect/cmniaf/227/22703.htm"
t = "Select Committee on Northern Ireland Affairs Second Report"
R.append(pub("uk-commons-northern-ireland-affairs-committee-electricity-storm-1998", u, None, t,
 f"{OPL_NOTICE}. House of Commons, Northern Ireland Affairs Committee, Second Report, Session 1998-99 (HC 227), "
 f"'{t}' (undated in the excerpt); text as at {u}",
 "On 26 December 1998, a severe storm affected Northern Ireland, with gale force winds causing very substantial "
 "damage to overhead electrical distribution lines. In the course of that day, around 162,000 customers of Northern "
 "Ireland Electricity plc (NIE), some 24% of the total customer base in Northern Ireland, had their supplies "
 "interrupted for some period of time, and at the peak about 110,000 customers (16%) were off-supply simultaneously. "
 "Around 63,000 customers remained off-supply at midnight. A combination of the scale and complexity of the damage "
 "to the system, and continuing inclement weather which both caused further faults and delayed repairs, meant that "
 "the last customers did not have their supplies restored until 1 January 1999, some six days later. In all, "
 "electricity supplies to an estimated 24 6,000 customers were affected over the period 26 to 31 December.\n\n"
 "Not surprisingly, NIE was deluged by attempts to call its telephone Helpline— 650,000 in all over the period 26 to "
 "31 December and over 300,000 on 26 December alone. The volume of traffic was way beyond NIE's call handling "
 "capacity and, at certain times and in certain places, beyond the capacity of the telephone system. This failure to "
 "be able to contact NIE enhanced customers' dissatisfaction with NIE's response to the storm. Many customers who did "
 "make contact complained of receiving misleading, inadequate or out of date information.\n\n"
 "As a result of the delays in reconnecting some customers and the difficulties in obtaining information from NIE, "
 "there was a widespread perception in Northern Ireland that NIE' s response had been inadequate. This perception was "
 "reinforced by recollections of previous disruption to electricity supplies, on Christmas Eve the year before, again "
 "caused by adverse weather conditions.",
 "utilities/electricity", "non-US", "outage",
 "The committee report's page on publications.parliament.uk as the page store holds it: the page heading kept as "
 "title, the line 'The Northern Ireland Affairs Committee has agreed to the following Report:—' left out, the "
 "paragraph numbers ('1.' to '3.') and footnote markers ('[1]', '[2]') left out; cut after 'adverse weather "
 "conditions.', before 'We therefore ...', whose sentence the excerpt breaks off (`truncated`). Kept as written: "
 "'24 6,000' (a split figure), 'Helpline— 650,000', 'NIE' s'. `published` null: the excerpt carries no date (the "
 "session is 1998-99), so only absolute dates are annotated. Northern Ireland Affairs Committee, Boxing Day 1998 "
 "storm, Helpline: 0 in train/dev/test on this event; Northern Ireland Electricity: batch 19a2's Oireachtas answer on "
 "its purchase by the ESB (another topic), a test file by count and batch 14b's 1990 storm statement (named in a "
 "list). The committee's memoranda from BT and from the consumer committee on the same storm (also in the page "
 "store) left out: one text per event; the 1997 written answer tabling NIE's Newry and Mourne failures left out: one "
 "text per company.", "UK Parliament, committee report (page store)"))

R.append(hh("hansard-commons-industrial-premises-surrey-power-cuts-1947", "commons/1947/feb/10/industrial-premises-surrey-cuts",
 "1947-02-10", "Industrial Premises, Surrey (Cuts)", "House of Commons, oral answers",
 "asked the Minister of Fuel and Power why the London and Home Counties Joint Electricity Authority sent out "
 "representatives on 10th February in the Dorking area to enter many industrial premises without notice to the "
 "occupiers to remove the fuse gear; if he is aware that this action caused much resentment to the occupiers "
 "concerned; and on what statutory authority such action was taken.\n\n"
 "The London and Home Counties Joint Electricity Authority interpreted the original instructions they received as "
 "requiring them to cut off supplies to industrial consumers and regarded themselves as covered by Section 24 of the "
 "Electric Lighting Act, 1882. I understand that the supplies were reconnected on Tuesday, 'Ph February.\n\n"
 "Is it not rather a pity that the Minister did not give clear instructions, so that we should not have this high "
 "handed action?\n\n"
 "The instruction was sent out by the Electricity Commissioners under statutory authority.\n\n"
 "asked the Minister of Fuel and Power if he is aware that, on Saturday, 8th February, the Capel Laundry Company, "
 "Limited, Capel, Surrey, were informed by the Board of Trade that their electric supply would be maintained as an "
 "essential service, but that on Monday the supply was cut off as the London and Home Counties Joint Electricity "
 "Authority had not received any instructions as to giving such priority; and if he will make a statement on the "
 "subject.\n\n"
 "I am informed that the supply of electricity to the Capel Laundry Company Limited was disconnected on Monday, 10th "
 "February, before the London and Home Counties Joint Electricity Authority had received instructions that laundries "
 "were to be regarded as an essential service but that the supply was reconnected as from 4 p.m. on that date.\n\n"
 "Is the right hon. Gentleman aware that the supply was cut off again on Tuesday morning?",
 "utilities/electricity", "outage",
 SPEAKERS + "('HC Deb 10 February 1947 vol 433 cc1387-8', '75. Mr. Touche', 'Mr. Shinwell', '76. Mr. Touche'); "
 "cut before the last answer, which the excerpt breaks off ('I am not aware of that', `truncated`). Kept as written: "
 "\"Tuesday, 'Ph February\" (a scanning error for a day of February; not resolved). London and Home Counties Joint "
 "Electricity Authority, Capel, Dorking, Electricity Commissioners, Shinwell: 0 in train/dev/test and in GATHERING.md "
 "('Touche' counts hit 'touched' and another member, not this event)."))

R.append(hh("hansard-commons-central-telephone-exchange-1906", "commons/1906/mar/01/central-telephone-exchange",
 "1906-03-01", "Central Telephone Exchange", "House of Commons, written answer",
 "To ask the Postmaster-General whether he is aware that considerable dissatisfaction exists among subscribers to "
 "the Post Office telephones in connection with the working of the Central Exchange of the Post Office telephone "
 "system; and whether he will institute an inquiry for the purpose of ascertaining the cause of such complaints, and "
 "take steps to remedy any matter appearing to call for alteration or amendment.\n\n"
 "The lines of the subscribers to the Central Exchange, some 12,000 in number, were transferred to a new switchboard "
 "on Saturday the 17th ultimo, in order to allow of some necessary alterations in the Central Exchange switchboard. "
 "The transfer temporarily affected the working of some of the subscribers' lines; but the faults were remedied in "
 "the course of last week, and the Exchange is now working under normal conditions. The change was of great "
 "magnitude, and, though I regret that any inconvenience should have been caused, I consider that great credit is duo "
 "to the engineers and to the Exchange staff for carrying out a very difficult operation with so little disturbance "
 "to the service. I am unaware of any dissatisfaction among the subscribers of the Exchange, so far as its ordinary "
 "working is concerned.",
 "telecom/telephone", "outage",
 "The speaker marker ('§ MR. NIELD') and the line '(Answered by Mr. Sydney Buxton.)' left out, as batches 14 and 28c "
 "left speaker lines out; the column number '1262' printed inside the answer ('on 1262 Saturday') left out; the whole "
 "item (`truncated` false). Kept as written: 'duo' (for 'due'). Central Exchange, Nield, Sydney Buxton: 0 in "
 "train/dev/test and in GATHERING.md; the Post Office: batch 28c's Chobham exchange flood (1968) and other topics.",
 truncated=False))

R.append(hh("hansard-written-answer-houses-of-parliament-lighting-1927", "written_answers/1927/nov/28/houses-of-parliament-lighting",
 "1927-11-28", "Houses of Parliament (Lighting)", "House of Commons, written answers",
 "asked the Under-Secretary of State for the Home Department, as representing the First Commissioner of Works, "
 "whether, in view of the unreliability of electric lighting, he will consider the desirability of installing gas "
 "lighting in the Houses of Parliament to ensure a reliable source of light?\n\n"
 "asked the Under-Secretary of State for the Home Department, as representing the First Commissioner of Works, "
 "whether, after the inconvenience inflicted on the House on the 24th instant, owing to the failure of the electric "
 "light, he will take immediate steps to provide that a second circuit shall be available in future?\n\n"
 "My Noble Friend regrets the inconvenience caused to this House by the failure of the electric light on Thursday "
 "last, which, as the House is aware, was due to the fusing of the main cable at the power station of the Supply "
 "Company, as the result of a fire in an adjoining hut.\n\n"
 "In normal circumstances, an alternative source of supply would have been available, but, unfortunately, the gear "
 "for switching over was not in operation, owing to alterations which are in progress in connection with the "
 "linking-up of various London stations.\n\n"
 "For the same reason, the power station itself was without light, and the change over had to be effected by hand in "
 "the darkness, which accounts for the delay.\n\n"
 "My Noble Friend considered two years ago the advisability of installing an independent stand-by generating set in "
 "the Houses of Parliament, but, apart from the need for economy, the assurances given by the electricity company "
 "convinced him that such an installation was unnecessary. I can assure the House that when once the stations are "
 "linked up, a complete failure of the supply will be practically impossible, and in the meantime, every possible "
 "step will be taken to prevent a recurrence of the trouble.",
 "utilities/electricity", "outage",
 SPEAKERS + "('HC Deb 28 November 1927 vol 211 cc55-6W', 'Mr. CLAYTON', 'Sir H. BRITTAIN', 'Sir V. HENDERSON (for The "
 "FIRST COMMISSIONER OF WORKS)'); cut before 'To instal gas would not only be extremely expe', which the excerpt "
 "breaks off (`truncated`). The supply company is not named ('the Supply Company', 'the electricity company'): an "
 "outage whose operator the text does not name. First Commissioner of Works, Brittain: 0 in train/dev/test and in "
 "GATHERING.md; Houses of Parliament: a test file by count (another topic) and GATHERING.md (batch 15's Parliament "
 "IT texts)."))

R.append(hh("hansard-commons-east-london-water-company-1896", "commons/1896/jul/23/east-london-water-company",
 "1896-07-23", "East London Water Company", "House of Commons, oral answer",
 "I beg to ask the President of the Local Government Board whether he is aware that in some portions of the district "
 "served by the East London Water Company there was no water available for flushing closets at 9.30 in the morning "
 "yesterday (Wednesday) and that at the same time water was being freely used for watering the roads; and, whether "
 "he is in a position to state whether any, and, if so, what immediate steps can be taken to insure a sufficient "
 "water supply to houses in East London for sanitary purposes?\n\n"
 "I have learnt with much regret that the East London Waterworks Company have found it necessary to restrict the "
 "supply of water to six hours a day in consequence of the extreme drought, and I have no reason to doubt the "
 "statement that in some portions of the district served by the company there was no water supply available at 9.30 "
 "in the morning yesterday. With regard to the statement that water, notwithstanding, was being used for watering "
 "the roads, I may say that on Tuesday I communicated with the company and with the several local authorities within "
 "the limits of supply by the company, stating that the Local Government Board considered that as far as possible the "
 "supply of water for street watering should be discontinued in the district of the company so long as the present "
 "drought continued, and expressing the Board's hope that the local authorities would concur in the adoption of this "
 "course. As I previously stated, I communicated with the East London Company and the New River Company, suggesting "
 "an arrangement by which assistance as regards the supply of water should be obtained from the latter company. "
 "Negotiations, I understand, are now proceeding, and I am inquiring what has been done in this matter.",
 "utilities/water", "outage",
 SPEAKERS + "('HC Deb 23 July 1896 vol 43 cc484-5', 'MR. W. R. BOUSFIELD (Hackney, N.)', 'MR. CHAPLIN'); cut after "
 "'what has been done in this matter.', before 'I am also urging upon the company ...', whose sentence the excerpt "
 "breaks off (`truncated`). East London Water Company, East London Waterworks Company, New River Company, Local "
 "Government Board, Bousfield, Chaplin: 0 in train/dev/test and in GATHERING.md."))

R.append(hh("hansard-commons-frost-water-supply-barnes-1895", "commons/1895/feb/21/the-recent-frost-and-the-water-supply",
 "1895-02-21", "The Recent Frost and the Water Supply", "House of Commons, oral answer",
 "I beg to ask the President of the Local Government Board, whether he is aware that the mains of the Southwark and "
 "Vauxhall Waterworks Company, serving Barnes and other populous districts, are frozen up through their not having "
 "been placed deep enough in the ground, and other precautions being taken to prevent their being frozen; that on "
 "this account a very large population is most seriously inconvenienced, having to buy water supplied from local "
 "wells, &c., at 3d. per bucket; and that great apprehension exists as to the greater risk the inhabitants incur from "
 "loss of life and property from fire; whether the Southwark and Vauxhall Waterworks Company can charge the "
 "inhabitants for water which they fail to supply; and will he cause inquiry to be made into the matter, and rectify "
 "this condition of things?\n\n"
 "I have communicated with the Company, and am informed that, owing to the recent severe frost, some of the mains of "
 "the Company in the parish of Barnes are frozen, although they are laid at a greater depth than that generally "
 "accepted as sufficient. The Company state that they are employing upwards of 50 water vans. from which a supply is "
 "being delivered without charge, and that they have also fixed stand-pipes at all points where the main supply is "
 "available, It is added that more than 2,000 stand-pipes are now in use.",
 "utilities/water", "outage",
 SPEAKERS + "('HC Deb 21 February 1895 vol 30 c1245', 'MR. J. CUMMING MACDONA (Southwark, Rotherhithe)'); the whole "
 "item as the excerpt holds it (`truncated` false). Kept as written: 'water vans. from which', 'available, It is "
 "added'. Southwark and Vauxhall Waterworks Company, Cumming Macdona: 0 in train/dev/test and in GATHERING.md; "
 "Barnes: one other batch script and GATHERING.md (a person's surname, another topic).", truncated=False))

R.append(hh("hansard-commons-london-underground-breakdown-1970", "commons/1970/jul/15/london-underground-breakdown",
 "1970-07-15", "London Underground (Breakdown)", "House of Commons, oral answer and statement",
 "asked the Minister of Transport whether, in view of the dangers to life and health which resulted from the breakdown "
 "of the London Underground on 6th July, he will make a statement about the cause of this occurrence and as to the "
 "steps being taken to prevent a repetition.\n\n"
 "Yes, Sir. As the statement is inevitably somewhat lengthy, I will, with permission, circulate it in the OFFICIAL "
 "REPORT.\n\n"
 "Does the statement contain an indication that my right hon. Friend is concerned to lay down that there should be an "
 "alternative supply of light to the trains and sufficient power to move them to the nearest station in the event of "
 "a repetition of the potentially very dangerous situation which existed on Monday of last week?\n\n"
 "Yes, Sir. I fully appreciate my right hon. Friend's concern. Perhaps I could just read to him one extract from the "
 "statement: Detailed investigations are now being made by London Transport to see what further steps can be taken to "
 "avoid a recurrence of this serious power failure before modernisation is completed …. Following is the statement: "
 "Electrical power is supplied to the Underground by the London Transport power stations at Lots Road and Greenwich. "
 "Lots Road, which has recently been modernised, is the main station and it supplies power at 22,000 volts. Greenwich "
 "is at present undergoing modernisation and is temporarily working in two parts; old steam turbines, which are "
 "gradually being replaced, supply power at 11,000 volts and newly installed gas turbines supply at 22,000 volts. The "
 "distribution system from Greenwich is designed for 11,000 volts only, so the 22,000 volts supply has to be stepped "
 "down by transformers at the power station. Whilst the work of modernisation is going on at Greenwich the station "
 "cannot meet the maximum demands made on it at peak periods.",
 "transport/metro", "outage",
 SPEAKERS + "('HC Deb 15 July 1970 vol 803 cc1526-8', '57. Mr. Boyd-Carpenter', 'Mr. Peyton' twice, 'Mr. "
 "Boyd-Carpenter'); the circulated statement kept in the minister's paragraph as the excerpt runs it on; cut after "
 "'at peak periods.', before 'It therefore draws power from Lots Road through a heavy underground cable that l', which "
 "the excerpt breaks off (`truncated`). This is the 1970 answer batch 28c left out (one text per company in that "
 "batch, which took London Underground's 1992-93 failures); the event is new to the corpus. Boyd-Carpenter, Peyton: 0 "
 "in train/dev/test and in GATHERING.md; London Transport and Lots Road: the train file on London Underground's "
 "1992-93 failures (other events)."))

R.append(hh("hansard-lords-water-supply-st-georges-hanover-square-1881", "lords/1881/jul/19/question-observations-2",
 "1881-07-19", "Question. Observations", "House of Lords, question",
 "rose to ask Her Majesty's Government, Whether it is true that since Saturday a considerable portion of this "
 "Metropolis has been deprived of the high service water supplied by private companies reaping large and yearly in- "
 "creasing profits from the inhabitants; also, whether any, and, if so, what means of redress are afforded to payers "
 "of water rates suffering under this privation? The noble Viscount said that, during the last few days, the Western "
 "and Northern districts of London had suffered much from deficient water supply. He had made inquiries at the "
 "offices of the Water Companies, but could not get any satisfactory explanations from them. He then went to the "
 "various Vestry halls, and found that those Vestries had communicated with the Water Companies, and had also failed "
 "to receive satisfactory replies. In support of his statement, he had received a letter from the Vestry clerk of St. "
 "George's Union on the subject, which he would read to their Lordships. St. George's, Hanover Square, Board Room, "
 "Mount Street, W., July 19, 1881. My Lord,—I beg to forward herewith, by direction of the Nuisances Removal Committee "
 "of this parish, copy of a letter sent by the committee to the Grand Junction Waterworks Company to-day, with regard "
 "to the failure of the water in the in-wards of this parish. I also forward a copy of a letter on the subject from "
 "the Medical Officer of Health, read to the committee to-day. I may add that numerous complaints have been made at "
 "this office of want of water, and that I first communicated the fact to the Water Company on Saturday last. The "
 "in-wards of the parish are the portion lying between and including Piccadilly and Oxford Street. I have the honour "
 "to be, my Lord, your Lordship's most obedient servant, J. H. SMITH, Vestry Clerk, per A. C. H. The Lord "
 "Powerscourt.",
 "utilities/water", "outage",
 "The column reference ('HL Deb 19 July 1881 vol 263 cc1247-50') and the speaker line ('VISCOUNT POWERSCOURT (for "
 "Lord DORCHESTER)') left out, as batches 14 and 28c did (the speaker stays named in the reported speech and the "
 "letter); cut after 'The Lord Powerscourt.', before the second letter ('The Vestry clerk's letter to the Water "
 "Company was as follows:— St. George's, Hanover Square,'), which the excerpt breaks off (`truncated`); the title is "
 "the page's ('Question. Observations'). Kept as written: 'in- creasing' (a line-end hyphen), the letter run into "
 "the paragraph. Grand Junction Waterworks Company, Powerscourt, Nuisances Removal Committee, Vestry: 0 in "
 "train/dev/test and in GATHERING.md; Hanover Square: a train file (a street address, another topic)."))


# ---- near-misses ------------------------------------------------------------------------------------------------
R.append(hh("hansard-written-answers-power-cuts-scotland-1950", "written-answers/1950/dec/04/power-cuts",
 "1950-12-04", "Power Cuts", "House of Commons, written answers",
 "asked the Minister of Fuel and Power if, in view of the loss of production, danger to workmen, damage to plant and "
 "the dissatisfaction occasioned by the heavy power cuts in the Scottish South-Western Region without warning, he is "
 "prepared to convene a conference with representatives of the Scottish Trades Union Congress, Glasgow Chambers of "
 "Commerce, Scottish Council for Industry and the British Electricity Authority to discuss some method of giving "
 "timely warning of such cuts.\n\n"
 "asked the Minister of Fuel and Power if he is aware of the loss caused to production and the danger caused to life "
 "by sudden electricity cuts in South-East Scotland; and if he will confer with the Edinburgh Chamber of Commerce and "
 "other interested organisations on this matter.\n\n"
 "I am aware of the loss of production, damage and potential danger caused by electricity cuts; as my right hon. "
 "Friend the Minister of Labour has said, the Electricity Sub-Committee of the Joint Consultative Committee is now "
 "considering in consultation with the British Electricity Authority whether anything further can be done to reduce "
 "the number and severity of the cuts that must be made.\n\n"
 "Hon. Members will be aware that the Scottish Board for Industry, which is represented on the Electricity "
 "Sub-Committee, is responsible for making in Scotland the load-spreading arrangements by which the frequency and "
 "severity of power cuts are reduced. There are representatives of Scottish employers and trade unions on the Board "
 "and the Chairman of its Edinburgh District Committee is a member of the Edinburgh Chamber of Commerce. I think the "
 "Board, which is already in touch with the British Electricity Authority and the South-East and South-West Scotland "
 "Electricity Boards, would be the appropriate body to call a conference, if it thought that such a conference would "
 "serve a useful purpose.",
 "utilities/electricity", "near-miss",
 SPEAKERS + "('HC Deb 04 December 1950 vol 482 cc20-2W', '115. Mr. McInnes', '119. Lieut.-Commander Hutchison', 'Mr. "
 "P. Noel-Baker'); cut before the next question ('121. Mr. W. G. Bennett asked th'), which the excerpt breaks off "
 "(`truncated`). Near-miss: power cuts told as recurring ('heavy power cuts', 'sudden electricity cuts'), counted, "
 "not told apart and not dated. Scottish Board for Industry, South-East and South-West Scotland Electricity Boards, "
 "Scottish Council for Industry, McInnes: 0 in train/dev/test and in GATHERING.md; British Electricity Authority: "
 "batch 28c's 1951 power-cuts statement (a test file by count, also a near-miss) — a second counted-cuts near-miss "
 "from another region and year."))

R.append(hh("hansard-commons-telephone-exchanges-fire-risks-1905", "commons/1905/apr/13/telephone-exchanges-fire-risks",
 "1905-04-13", "Telephone Exchanges (Fire Risks)", "House of Commons, written answer",
 "To ask the Postmaster-General whether, in view of the proposed acquisition of the National Telephone Company's "
 "undertaking by the Government, he can see his way to suggest to the company the expediency of insulating their "
 "telephone cables in a manner most likely to minimise the risk of fires such as those which occurred recently on the "
 "company's premises at Cannon Street and Queen Victoria Street; and will he say whether steps are taken to secure "
 "that Post Office cables are satisfactorily protected against the risk of contact with electrically charged "
 "conductors.\n\n"
 "I am assured by the National Telephone Company that they are fully alive to the necessity of adopting all proper "
 "precautions for the protection of their exchanges from fires of the kind mentioned by the hon. Member. The question "
 "is one that has engaged the close attention of my Department, and all possible means are taken to guard the Post "
 "Office system.",
 "telecom/telephone", "near-miss",
 SPEAKERS + "('HC Deb 13 April 1905 vol 145 cc45-6', \"SIR THOMAS DEWAE (Tower Hamlets, St. George's)\" as scanned, "
 "'(Answered by Lord Stanley.)'); the whole item (`truncated` false). Near-miss: fires on a telephone company's "
 "premises, no service said lost, and a proposed (not completed) acquisition. National Telephone Company, Cannon "
 "Street, Queen Victoria Street, Lord Stanley: 0 in train/dev/test and in GATHERING.md.", truncated=False))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
