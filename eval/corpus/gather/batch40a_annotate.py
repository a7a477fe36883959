#!/usr/bin/env python3
"""Batch 40a gold annotations (the texts of batch40a.py: Yorkshire Electricity Group plc's memorandum to the
Northern Ireland Affairs Committee on the Christmas 1998 gales, and National Grid's memorandum to the Environment,
Food and Rural Affairs Committee on the June and July 2007 floods), written from each text alone; newskg was not run
on either. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts). A storm or a flood is an event, not an entity; 'Force Majeure' and installation
types ('Above Ground Installation (AGI)') are not entities.
usage: batch40a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R
import batch10_annotate as b10

A = {}

A["uk-parliament-ni-affairs-committee-memorandum-yorkshire-electricity-storm-1999"] = dict(
 # Yorkshire Electricity Group plc (named only in the heading; the body says 'our') -> Company; Hall ('Mr Hall', the
 # surname only) -> Person; United Kingdom -> Location. No place of the company's region named ('our geographical
 # region', 'our region'). Not annotated: 'Force Majeure' (a legal term), the gales and storms (events).
 entities=[E("Company", "Yorkshire Electricity Group plc"), E("Person", "Hall"), E("Location", "United Kingdom")],
 # 'your letter dated 8 March 1999 addressed to our Chief Executive. Mr Hall has asked me to reply' -> Hall ceo at
 # Yorkshire Electricity Group plc, current (doubtful: the text ties him to the post by the sentence order only; a
 # reader may give no role)
 roles=[R("Hall", "ceo", "Yorkshire Electricity Group plc")],
 relations=[],
 # 'The gales caused relative minor damage to our distribution system ... The worst damage occurred on the 26
 # December ... The total number of customers affected by the storms in our region was 46,327' -> provider Yorkshire
 # Electricity Group plc, date 1998-12 ('the period Christmas 1998 to New Year 1999'; the gales' days '26 and 27
 # December' have no year of their own and `published` is null - GUIDELINES' day-without-year rule; doubtful: the
 # next sentence's '28 December 1998' lets a reader put 1998-12-26), no times or duration (the restoration figures
 # were in the cut table), affected [] (unnamed customers), location null (the region is not named; the United
 # Kingdom is named only in comparison), cause the gales' damage to the distribution system.
 outages=[O("Yorkshire Electricity Group plc", "1998-12", [], cause="gales: damage to the distribution system")],
 # published null: absolute expressions only - '8 March 1999', 'Christmas 1998' -> 1998-12-25 (as batch 39o's
 # 'Christmas of 1995'), 'New Year 1999' -> 1999-01-01 (doubtful: a reader may put 1999-01), '28 December 1998'.
 # Skipped: 'the 26 and 27 December', 'the 26 December', 'the 27 to 31 December', 'the 31 December' (no year).
 dates=[D("8 March 1999", "1999-03-08"), D("Christmas 1998", "1998-12-25"), D("New Year 1999", "1999-01-01"),
        D("28 December 1998", "1998-12-28")])

A["uk-parliament-efra-committee-memorandum-national-grid-floods-2007"] = dict(
 # National Grid, CE Electric ('the local electricity distribution network, CE Electric') -> Company; South
 # Yorkshire, Gloucester, Sheffield, Toll Bar, South Wales, Guilthwaite, Brinsworth -> Location; Ulley Dam, Neepsend
 # electricity substation, Walham substation, Kilham farm -> Location (named sites and facilities, as batch 39q's
 # Castle Meads sub-station; 'the Ulley Dam' the same name). Not annotated: 'Above Ground Installation (AGI)' (an
 # installation type; the site is Guilthwaite), 'the report below' (unnamed), the floods (events).
 entities=[E("Company", "National Grid"), E("Company", "CE Electric"), E("Location", "South Yorkshire"),
           E("Location", "Gloucester"), E("Location", "Ulley Dam"), E("Location", "Guilthwaite"),
           E("Location", "Brinsworth"), E("Location", "Neepsend electricity substation"), E("Location", "Sheffield"),
           E("Location", "Toll Bar"), E("Location", "Kilham farm"), E("Location", "Walham substation"),
           E("Location", "South Wales")],
 roles=[],
 # CE Electric takes supply from National Grid's supply point, but no partnership or contract is stated -> none
 # (doubtful: a reader may give CE Electric partner National Grid as a customer relation)
 relations=[],
 # 'National Grid's Neepsend electricity substation was affected by flood waters, which led to the local electricity
 # distribution network, CE Electric losing electricity supplies from this supply point' -> provider National Grid
 # (whose substation failed), affected ['CE Electric'] (the organisation whose supply was lost), date 2007-06 ('the
 # week of 25 June' within 'late June and July 2007'; the day has no year of its own, so the month only; doubtful: a
 # reader may put 2007-06-25), no times or duration, location South Yorkshire (the text places the June effects
 # there; doubtful: a reader may put Neepsend electricity substation or Sheffield), cause the flood waters at the
 # substation. Doubtful: a reader may make CE Electric the provider (its network lost supply), with National Grid's
 # substation the cause. Not outages: Ulley Dam's 'risks' (a threat, nothing lost), the gas pipelines at Kilham farm
 # and Toll Bar 'affected' by weather related incidents (no loss of gas supply told in the excerpt; doubtful), and
 # Walham substation inundated in July, where engineers 'ensure[d] continued electricity supply to Gloucester and
 # South Wales' (supply kept - a near-miss, as batch 39q judged Walham).
 outages=[O("National Grid", "2007-06", ["CE Electric"], loc="South Yorkshire",
            cause="severe weather: Neepsend electricity substation affected by flood waters")],
 # published null: absolute expressions only - 'July 2007'. Skipped: 'late June' (its year only through 'and July
 # 2007'; doubtful, a reader may list 'late June' -> 2007-06), 'the week of 25 June' and '21 July' (no year),
 # 'in recent years' (unresolvable).
 dates=[D("July 2007", "2007-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
