"""The framing analyser on real news: precision and recall per category on the hand-annotated corpus of real
headlines and leads (tests/data/framing-real/), French and English, with the thresholds of issue #12.

The held-out pairs (HELD_OUT below: the newest split) were collected and annotated before the rules of their round
were measured and are never used to tune them (the held-out pairs of the earlier rounds, looked at since, are now part
of the tune split); the issue's thresholds are held on the tune split, the held-out split
has its own floors (measured, in RESULTS.md) so that a regression on unseen text fails too. `python tests/benchmarks/eval_framing.py --errors`
prints the tables and every miss.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.framing_corpus import CATEGORIES, _pair_up, evaluate, load_pairs, overall_recall

#: The held-out pairs, fixed when they were collected (2026-12-07, before the hundred-and-eighty-seventh round of rules
#: was measured): moving a pair between splits would hide a regression.
HELD_OUT = {"fr1500", "fr1501", "fr1502", "fr1503", "fr1504", "fr1505", "fr1506", "fr1507",
            "en1498", "en1499", "en1500", "en1501", "en1502", "en1503", "en1504", "en1505"}
#: The earlier held-out pairs, by their `first_split`: each split was held out for one round, looked at (from the
#: seventh on: measured once at the end of its round, 2026-12-01) and then moved to the tune split.
EARLIER_HELD_OUT = {
    "heldout": {"fr03", "fr06", "fr09", "fr12", "fr15", "fr18", "fr21", "fr24",  # looked at on 2026-11-30
                "en03", "en06", "en09", "en12", "en15", "en18", "en21"},
    "heldout2": {"fr26", "fr27", "fr28", "fr29", "fr30", "fr31", "en24", "en25", "en26", "en27", "en28", "en29"},
    "heldout3": {"fr32", "fr33", "fr34", "fr35", "fr36", "fr37", "en30", "en31", "en32", "en33", "en34", "en35"},
    "heldout4": {"fr38", "fr39", "fr40", "fr41", "fr42", "fr43", "en36", "en37", "en38", "en39", "en40", "en41"},
    "heldout5": {"fr44", "fr45", "fr46", "fr47", "fr48", "fr49", "fr50", "fr51",
                 "en42", "en43", "en44", "en45", "en46", "en47", "en48", "en49"},
    "heldout6": {"fr52", "fr53", "fr54", "fr55", "fr56", "fr57", "fr58", "fr59",
                 "en50", "en51", "en52", "en53", "en54", "en55", "en56", "en57"},
    "heldout7": {"fr60", "fr61", "fr62", "fr63", "fr64", "fr65", "fr66", "fr67",
                 "en58", "en59", "en60", "en61", "en62", "en63", "en64", "en65"},
    "heldout8": {"fr68", "fr69", "fr70", "fr71", "fr72", "fr73", "fr74", "fr75",
                 "en66", "en67", "en68", "en69", "en70", "en71", "en72", "en73"},
    "heldout9": {"fr76", "fr77", "fr78", "fr79", "fr80", "fr81", "fr82", "fr83",
                 "en74", "en75", "en76", "en77", "en78", "en79", "en80", "en81"},
    "heldout10": {"fr84", "fr85", "fr86", "fr87", "fr88", "fr89", "fr90", "fr91",
                  "en82", "en83", "en84", "en85", "en86", "en87", "en88", "en89"},
    "heldout11": {"fr92", "fr93", "fr94", "fr95", "fr96", "fr97", "fr98", "fr99",
                  "en90", "en91", "en92", "en93", "en94", "en95", "en96", "en97"},
    "heldout12": {"fr100", "fr101", "fr102", "fr103", "fr104", "fr105", "fr106", "fr107",
                  "en98", "en99", "en100", "en101", "en102", "en103", "en104", "en105"},
    "heldout13": {"fr108", "fr109", "fr110", "fr111", "fr112", "fr113", "fr114", "fr115",
                  "en106", "en107", "en108", "en109", "en110", "en111", "en112", "en113"},
    "heldout14": {"fr116", "fr117", "fr118", "fr119", "fr120", "fr121", "fr122", "fr123",
                  "en114", "en115", "en116", "en117", "en118", "en119", "en120", "en121"},
    "heldout15": {"fr124", "fr125", "fr126", "fr127", "fr128", "fr129", "fr130", "fr131",
                  "en122", "en123", "en124", "en125", "en126", "en127", "en128", "en129"},
    "heldout16": {"fr132", "fr133", "fr134", "fr135", "fr136", "fr137", "fr138", "fr139",
                  "en130", "en131", "en132", "en133", "en134", "en135", "en136", "en137"},
    "heldout17": {"fr140", "fr141", "fr142", "fr143", "fr144", "fr145", "fr146", "fr147",
                  "en138", "en139", "en140", "en141", "en142", "en143", "en144", "en145"},
    "heldout18": {"fr148", "fr149", "fr150", "fr151", "fr152", "fr153", "fr154", "fr155",
                  "en146", "en147", "en148", "en149", "en150", "en151", "en152", "en153"},
    "heldout19": {"fr156", "fr157", "fr158", "fr159", "fr160", "fr161", "fr162", "fr163",
                  "en154", "en155", "en156", "en157", "en158", "en159", "en160", "en161"},
    "heldout20": {"fr164", "fr165", "fr166", "fr167", "fr168", "fr169", "fr170", "fr171",
                  "en162", "en163", "en164", "en165", "en166", "en167", "en168", "en169"},
    "heldout21": {"fr172", "fr173", "fr174", "fr175", "fr176", "fr177", "fr178", "fr179",
                  "en170", "en171", "en172", "en173", "en174", "en175", "en176", "en177"},
    "heldout22": {"fr180", "fr181", "fr182", "fr183", "fr184", "fr185", "fr186", "fr187",
                  "en178", "en179", "en180", "en181", "en182", "en183", "en184", "en185"},
    "heldout23": {"fr188", "fr189", "fr190", "fr191", "fr192", "fr193", "fr194", "fr195",
                  "en186", "en187", "en188", "en189", "en190", "en191", "en192", "en193"},
    "heldout24": {"fr196", "fr197", "fr198", "fr199", "fr200", "fr201", "fr202", "fr203",
                  "en194", "en195", "en196", "en197", "en198", "en199", "en200", "en201"},
    "heldout25": {"fr204", "fr205", "fr206", "fr207", "fr208", "fr209", "fr210", "fr211",
                  "en202", "en203", "en204", "en205", "en206", "en207", "en208", "en209"},
    "heldout26": {"fr212", "fr213", "fr214", "fr215", "fr216", "fr217", "fr218", "fr219",
                  "en210", "en211", "en212", "en213", "en214", "en215", "en216", "en217"},
    "heldout27": {"fr220", "fr221", "fr222", "fr223", "fr224", "fr225", "fr226", "fr227",
                  "en218", "en219", "en220", "en221", "en222", "en223", "en224", "en225"},
    "heldout28": {"fr228", "fr229", "fr230", "fr231", "fr232", "fr233", "fr234", "fr235",
                  "en226", "en227", "en228", "en229", "en230", "en231", "en232", "en233"},
    "heldout29": {"fr236", "fr237", "fr238", "fr239", "fr240", "fr241", "fr242", "fr243",
                  "en234", "en235", "en236", "en237", "en238", "en239", "en240", "en241"},
    "heldout30": {"fr244", "fr245", "fr246", "fr247", "fr248", "fr249", "fr250", "fr251",
                  "en242", "en243", "en244", "en245", "en246", "en247", "en248", "en249"},
    "heldout31": {"fr252", "fr253", "fr254", "fr255", "fr256", "fr257", "fr258", "fr259",
                  "en250", "en251", "en252", "en253", "en254", "en255", "en256", "en257"},
    "heldout32": {"fr260", "fr261", "fr262", "fr263", "fr264", "fr265", "fr266", "fr267",
                  "en258", "en259", "en260", "en261", "en262", "en263", "en264", "en265"},
    "heldout33": {"fr268", "fr269", "fr270", "fr271", "fr272", "fr273", "fr274", "fr275",
                  "en266", "en267", "en268", "en269", "en270", "en271", "en272", "en273"},
    "heldout34": {"fr276", "fr277", "fr278", "fr279", "fr280", "fr281", "fr282", "fr283",
                  "en274", "en275", "en276", "en277", "en278", "en279", "en280", "en281"},
    "heldout35": {"fr284", "fr285", "fr286", "fr287", "fr288", "fr289", "fr290", "fr291",
                  "en282", "en283", "en284", "en285", "en286", "en287", "en288", "en289"},
    "heldout36": {"fr292", "fr293", "fr294", "fr295", "fr296", "fr297", "fr298", "fr299",
                  "en290", "en291", "en292", "en293", "en294", "en295", "en296", "en297"},
    "heldout37": {"fr300", "fr301", "fr302", "fr303", "fr304", "fr305", "fr306", "fr307",
                  "en298", "en299", "en300", "en301", "en302", "en303", "en304", "en305"},
    "heldout38": {"fr308", "fr309", "fr310", "fr311", "fr312", "fr313", "fr314", "fr315",
                  "en306", "en307", "en308", "en309", "en310", "en311", "en312", "en313"},
    "heldout39": {"fr316", "fr317", "fr318", "fr319", "fr320", "fr321", "fr322", "fr323",
                  "en314", "en315", "en316", "en317", "en318", "en319", "en320", "en321"},
    "heldout40": {"fr324", "fr325", "fr326", "fr327", "fr328", "fr329", "fr330", "fr331",
                  "en322", "en323", "en324", "en325", "en326", "en327", "en328", "en329"},
    "heldout41": {"fr332", "fr333", "fr334", "fr335", "fr336", "fr337", "fr338", "fr339",
                  "en330", "en331", "en332", "en333", "en334", "en335", "en336", "en337"},
    "heldout42": {"fr340", "fr341", "fr342", "fr343", "fr344", "fr345", "fr346", "fr347",
                  "en338", "en339", "en340", "en341", "en342", "en343", "en344", "en345"},
    "heldout43": {"fr348", "fr349", "fr350", "fr351", "fr352", "fr353", "fr354", "fr355",
                  "en346", "en347", "en348", "en349", "en350", "en351", "en352", "en353"},
    "heldout44": {"fr356", "fr357", "fr358", "fr359", "fr360", "fr361", "fr362", "fr363",
                  "en354", "en355", "en356", "en357", "en358", "en359", "en360", "en361"},
    "heldout45": {"fr364", "fr365", "fr366", "fr367", "fr368", "fr369", "fr370", "fr371",
                  "en362", "en363", "en364", "en365", "en366", "en367", "en368", "en369"},
    "heldout46": {"fr372", "fr373", "fr374", "fr375", "fr376", "fr377", "fr378", "fr379",
                  "en370", "en371", "en372", "en373", "en374", "en375", "en376", "en377"},
    "heldout47": {"fr380", "fr381", "fr382", "fr383", "fr384", "fr385", "fr386", "fr387",
                  "en378", "en379", "en380", "en381", "en382", "en383", "en384", "en385"},
    "heldout48": {"fr388", "fr389", "fr390", "fr391", "fr392", "fr393", "fr394", "fr395",
                  "en386", "en387", "en388", "en389", "en390", "en391", "en392", "en393"},
    "heldout49": {"fr396", "fr397", "fr398", "fr399", "fr400", "fr401", "fr402", "fr403",
                  "en394", "en395", "en396", "en397", "en398", "en399", "en400", "en401"},
    "heldout50": {"fr404", "fr405", "fr406", "fr407", "fr408", "fr409", "fr410", "fr411",
                  "en402", "en403", "en404", "en405", "en406", "en407", "en408", "en409"},
    "heldout51": {"fr412", "fr413", "fr414", "fr415", "fr416", "fr417", "fr418", "fr419",
                  "en410", "en411", "en412", "en413", "en414", "en415", "en416", "en417"},
    "heldout52": {"fr420", "fr421", "fr422", "fr423", "fr424", "fr425", "fr426", "fr427",
                  "en418", "en419", "en420", "en421", "en422", "en423", "en424", "en425"},
    "heldout53": {"fr428", "fr429", "fr430", "fr431", "fr432", "fr433", "fr434", "fr435",
                  "en426", "en427", "en428", "en429", "en430", "en431", "en432", "en433"},
    "heldout54": {"fr436", "fr437", "fr438", "fr439", "fr440", "fr441", "fr442", "fr443",
                  "en434", "en435", "en436", "en437", "en438", "en439", "en440", "en441"},
    "heldout55": {"fr444", "fr445", "fr446", "fr447", "fr448", "fr449", "fr450", "fr451",
                  "en442", "en443", "en444", "en445", "en446", "en447", "en448", "en449"},
    "heldout56": {"fr452", "fr453", "fr454", "fr455", "fr456", "fr457", "fr458", "fr459",
                  "en450", "en451", "en452", "en453", "en454", "en455", "en456", "en457"},
    "heldout57": {"fr460", "fr461", "fr462", "fr463", "fr464", "fr465", "fr466", "fr467",
                  "en458", "en459", "en460", "en461", "en462", "en463", "en464", "en465"},
    "heldout58": {"fr468", "fr469", "fr470", "fr471", "fr472", "fr473", "fr474", "fr475",
                  "en466", "en467", "en468", "en469", "en470", "en471", "en472", "en473"},
    "heldout59": {"fr476", "fr477", "fr478", "fr479", "fr480", "fr481", "fr482", "fr483",
                  "en474", "en475", "en476", "en477", "en478", "en479", "en480", "en481"},
    "heldout60": {"fr484", "fr485", "fr486", "fr487", "fr488", "fr489", "fr490", "fr491",
                  "en482", "en483", "en484", "en485", "en486", "en487", "en488", "en489"},
    "heldout61": {"fr492", "fr493", "fr494", "fr495", "fr496", "fr497", "fr498", "fr499",
                  "en490", "en491", "en492", "en493", "en494", "en495", "en496", "en497"},
    "heldout62": {"fr500", "fr501", "fr502", "fr503", "fr504", "fr505", "fr506", "fr507",
                  "en498", "en499", "en500", "en501", "en502", "en503", "en504", "en505"},
    "heldout63": {"fr508", "fr509", "fr510", "fr511", "fr512", "fr513", "fr514", "fr515",
                  "en506", "en507", "en508", "en509", "en510", "en511", "en512", "en513"},
    "heldout64": {"fr516", "fr517", "fr518", "fr519", "fr520", "fr521", "fr522", "fr523",
                  "en514", "en515", "en516", "en517", "en518", "en519", "en520", "en521"},
    "heldout65": {"fr524", "fr525", "fr526", "fr527", "fr528", "fr529", "fr530", "fr531",
                  "en522", "en523", "en524", "en525", "en526", "en527", "en528", "en529"},
    "heldout66": {"fr532", "fr533", "fr534", "fr535", "fr536", "fr537", "fr538", "fr539",
                  "en530", "en531", "en532", "en533", "en534", "en535", "en536", "en537"},
    "heldout67": {"fr540", "fr541", "fr542", "fr543", "fr544", "fr545", "fr546", "fr547",
                  "en538", "en539", "en540", "en541", "en542", "en543", "en544", "en545"},
    "heldout68": {"fr548", "fr549", "fr550", "fr551", "fr552", "fr553", "fr554", "fr555",
                  "en546", "en547", "en548", "en549", "en550", "en551", "en552", "en553"},
    "heldout69": {"fr556", "fr557", "fr558", "fr559", "fr560", "fr561", "fr562", "fr563",
                  "en554", "en555", "en556", "en557", "en558", "en559", "en560", "en561"},
    "heldout70": {"fr564", "fr565", "fr566", "fr567", "fr568", "fr569", "fr570", "fr571",
                  "en562", "en563", "en564", "en565", "en566", "en567", "en568", "en569"},
    "heldout71": {"fr572", "fr573", "fr574", "fr575", "fr576", "fr577", "fr578", "fr579",
                  "en570", "en571", "en572", "en573", "en574", "en575", "en576", "en577"},
    "heldout72": {"fr580", "fr581", "fr582", "fr583", "fr584", "fr585", "fr586", "fr587",
                  "en578", "en579", "en580", "en581", "en582", "en583", "en584", "en585"},
    "heldout73": {"fr588", "fr589", "fr590", "fr591", "fr592", "fr593", "fr594", "fr595",
                  "en586", "en587", "en588", "en589", "en590", "en591", "en592", "en593"},
    "heldout74": {"fr596", "fr597", "fr598", "fr599", "fr600", "fr601", "fr602", "fr603",
                  "en594", "en595", "en596", "en597", "en598", "en599", "en600", "en601"},
    "heldout75": {"fr604", "fr605", "fr606", "fr607", "fr608", "fr609", "fr610", "fr611",
                  "en602", "en603", "en604", "en605", "en606", "en607", "en608", "en609"},
    "heldout76": {"fr612", "fr613", "fr614", "fr615", "fr616", "fr617", "fr618", "fr619",
                  "en610", "en611", "en612", "en613", "en614", "en615", "en616", "en617"},
    "heldout77": {"fr620", "fr621", "fr622", "fr623", "fr624", "fr625", "fr626", "fr627",
                  "en618", "en619", "en620", "en621", "en622", "en623", "en624", "en625"},
    "heldout78": {"fr628", "fr629", "fr630", "fr631", "fr632", "fr633", "fr634", "fr635",
                  "en626", "en627", "en628", "en629", "en630", "en631", "en632", "en633"},
    "heldout79": {"fr636", "fr637", "fr638", "fr639", "fr640", "fr641", "fr642", "fr643",
                  "en634", "en635", "en636", "en637", "en638", "en639", "en640", "en641"},
    "heldout80": {"fr644", "fr645", "fr646", "fr647", "fr648", "fr649", "fr650", "fr651",
                  "en642", "en643", "en644", "en645", "en646", "en647", "en648", "en649"},
    "heldout81": {"fr652", "fr653", "fr654", "fr655", "fr656", "fr657", "fr658", "fr659",
                  "en650", "en651", "en652", "en653", "en654", "en655", "en656", "en657"},
    "heldout82": {"fr660", "fr661", "fr662", "fr663", "fr664", "fr665", "fr666", "fr667",
                  "en658", "en659", "en660", "en661", "en662", "en663", "en664", "en665"},
    "heldout83": {"fr668", "fr669", "fr670", "fr671", "fr672", "fr673", "fr674", "fr675",
                  "en666", "en667", "en668", "en669", "en670", "en671", "en672", "en673"},
    "heldout84": {"fr676", "fr677", "fr678", "fr679", "fr680", "fr681", "fr682", "fr683",
                  "en674", "en675", "en676", "en677", "en678", "en679", "en680", "en681"},
    "heldout85": {"fr684", "fr685", "fr686", "fr687", "fr688", "fr689", "fr690", "fr691",
                  "en682", "en683", "en684", "en685", "en686", "en687", "en688", "en689"},
    "heldout86": {"fr692", "fr693", "fr694", "fr695", "fr696", "fr697", "fr698", "fr699",
                  "en690", "en691", "en692", "en693", "en694", "en695", "en696", "en697"},
    "heldout87": {"fr700", "fr701", "fr702", "fr703", "fr704", "fr705", "fr706", "fr707",
                  "en698", "en699", "en700", "en701", "en702", "en703", "en704", "en705"},
    "heldout88": {"fr708", "fr709", "fr710", "fr711", "fr712", "fr713", "fr714", "fr715",
                  "en706", "en707", "en708", "en709", "en710", "en711", "en712", "en713"},
    "heldout89": {"fr716", "fr717", "fr718", "fr719", "fr720", "fr721", "fr722", "fr723",
                  "en714", "en715", "en716", "en717", "en718", "en719", "en720", "en721"},
    "heldout90": {"fr724", "fr725", "fr726", "fr727", "fr728", "fr729", "fr730", "fr731",
                  "en722", "en723", "en724", "en725", "en726", "en727", "en728", "en729"},
    "heldout91": {"fr732", "fr733", "fr734", "fr735", "fr736", "fr737", "fr738", "fr739",
                  "en730", "en731", "en732", "en733", "en734", "en735", "en736", "en737"},
    "heldout92": {"fr740", "fr741", "fr742", "fr743", "fr744", "fr745", "fr746", "fr747",
                  "en738", "en739", "en740", "en741", "en742", "en743", "en744", "en745"},
    "heldout93": {"fr748", "fr749", "fr750", "fr751", "fr752", "fr753", "fr754", "fr755",
                  "en746", "en747", "en748", "en749", "en750", "en751", "en752", "en753"},
    "heldout94": {"fr756", "fr757", "fr758", "fr759", "fr760", "fr761", "fr762", "fr763",
                  "en754", "en755", "en756", "en757", "en758", "en759", "en760", "en761"},
    "heldout95": {"fr764", "fr765", "fr766", "fr767", "fr768", "fr769", "fr770", "fr771",
                  "en762", "en763", "en764", "en765", "en766", "en767", "en768", "en769"},
    "heldout96": {"fr772", "fr773", "fr774", "fr775", "fr776", "fr777", "fr778", "fr779",
                  "en770", "en771", "en772", "en773", "en774", "en775", "en776", "en777"},
    "heldout97": {"fr780", "fr781", "fr782", "fr783", "fr784", "fr785", "fr786", "fr787",
                  "en778", "en779", "en780", "en781", "en782", "en783", "en784", "en785"},
    "heldout98": {"fr788", "fr789", "fr790", "fr791", "fr792", "fr793", "fr794", "fr795",
                  "en786", "en787", "en788", "en789", "en790", "en791", "en792", "en793"},
    "heldout99": {"fr796", "fr797", "fr798", "fr799", "fr800", "fr801", "fr802", "fr803",
                  "en794", "en795", "en796", "en797", "en798", "en799", "en800", "en801"},
    "heldout100": {"fr804", "fr805", "fr806", "fr807", "fr808", "fr809", "fr810", "fr811",
                   "en802", "en803", "en804", "en805", "en806", "en807", "en808", "en809"},
    "heldout101": {"fr812", "fr813", "fr814", "fr815", "fr816", "fr817", "fr818", "fr819",
                   "en810", "en811", "en812", "en813", "en814", "en815", "en816", "en817"},
    "heldout102": {"fr820", "fr821", "fr822", "fr823", "fr824", "fr825", "fr826", "fr827",
                   "en818", "en819", "en820", "en821", "en822", "en823", "en824", "en825"},
    "heldout103": {"fr828", "fr829", "fr830", "fr831", "fr832", "fr833", "fr834", "fr835",
                   "en826", "en827", "en828", "en829", "en830", "en831", "en832", "en833"},
    "heldout104": {"fr836", "fr837", "fr838", "fr839", "fr840", "fr841", "fr842", "fr843",
                   "en834", "en835", "en836", "en837", "en838", "en839", "en840", "en841"},
    "heldout105": {"fr844", "fr845", "fr846", "fr847", "fr848", "fr849", "fr850", "fr851",
                   "en842", "en843", "en844", "en845", "en846", "en847", "en848", "en849"},
    "heldout106": {"fr852", "fr853", "fr854", "fr855", "fr856", "fr857", "fr858", "fr859",
                   "en850", "en851", "en852", "en853", "en854", "en855", "en856", "en857"},
    "heldout107": {"fr860", "fr861", "fr862", "fr863", "fr864", "fr865", "fr866", "fr867",
                   "en858", "en859", "en860", "en861", "en862", "en863", "en864", "en865"},
    "heldout108": {"fr868", "fr869", "fr870", "fr871", "fr872", "fr873", "fr874", "fr875",
                   "en866", "en867", "en868", "en869", "en870", "en871", "en872", "en873"},
    "heldout109": {"fr876", "fr877", "fr878", "fr879", "fr880", "fr881", "fr882", "fr883",
                   "en874", "en875", "en876", "en877", "en878", "en879", "en880", "en881"},
    "heldout110": {"fr884", "fr885", "fr886", "fr887", "fr888", "fr889", "fr890", "fr891",
                   "en882", "en883", "en884", "en885", "en886", "en887", "en888", "en889"},
    "heldout111": {"fr892", "fr893", "fr894", "fr895", "fr896", "fr897", "fr898", "fr899",
                   "en890", "en891", "en892", "en893", "en894", "en895", "en896", "en897"},
    "heldout112": {"fr900", "fr901", "fr902", "fr903", "fr904", "fr905", "fr906", "fr907",
                   "en898", "en899", "en900", "en901", "en902", "en903", "en904", "en905"},
    "heldout113": {"fr908", "fr909", "fr910", "fr911", "fr912", "fr913", "fr914", "fr915",
                   "en906", "en907", "en908", "en909", "en910", "en911", "en912", "en913"},
    "heldout114": {"fr916", "fr917", "fr918", "fr919", "fr920", "fr921", "fr922", "fr923",
                   "en914", "en915", "en916", "en917", "en918", "en919", "en920", "en921"},
    "heldout115": {"fr924", "fr925", "fr926", "fr927", "fr928", "fr929", "fr930", "fr931",
                   "en922", "en923", "en924", "en925", "en926", "en927", "en928", "en929"},
    "heldout116": {"fr932", "fr933", "fr934", "fr935", "fr936", "fr937", "fr938", "fr939",
                   "en930", "en931", "en932", "en933", "en934", "en935", "en936", "en937"},
    "heldout117": {"fr940", "fr941", "fr942", "fr943", "fr944", "fr945", "fr946", "fr947",
                   "en938", "en939", "en940", "en941", "en942", "en943", "en944", "en945"},
    "heldout118": {"fr948", "fr949", "fr950", "fr951", "fr952", "fr953", "fr954", "fr955",
                   "en946", "en947", "en948", "en949", "en950", "en951", "en952", "en953"},
    "heldout119": {"fr956", "fr957", "fr958", "fr959", "fr960", "fr961", "fr962", "fr963",
                   "en954", "en955", "en956", "en957", "en958", "en959", "en960", "en961"},
    "heldout120": {"fr964", "fr965", "fr966", "fr967", "fr968", "fr969", "fr970", "fr971",
                   "en962", "en963", "en964", "en965", "en966", "en967", "en968", "en969"},
    "heldout121": {"fr972", "fr973", "fr974", "fr975", "fr976", "fr977", "fr978", "fr979",
                   "en970", "en971", "en972", "en973", "en974", "en975", "en976", "en977"},
    "heldout122": {"fr980", "fr981", "fr982", "fr983", "fr984", "fr985", "fr986", "fr987",
                   "en978", "en979", "en980", "en981", "en982", "en983", "en984", "en985"},
    "heldout123": {"fr988", "fr989", "fr990", "fr991", "fr992", "fr993", "fr994", "fr995",
                   "en986", "en987", "en988", "en989", "en990", "en991", "en992", "en993"},
    "heldout124": {"fr996", "fr997", "fr998", "fr999", "fr1000", "fr1001", "fr1002", "fr1003",
                   "en994", "en995", "en996", "en997", "en998", "en999", "en1000", "en1001"},
    "heldout125": {"fr1004", "fr1005", "fr1006", "fr1007", "fr1008", "fr1009", "fr1010", "fr1011",
                   "en1002", "en1003", "en1004", "en1005", "en1006", "en1007", "en1008", "en1009"},
    "heldout126": {"fr1012", "fr1013", "fr1014", "fr1015", "fr1016", "fr1017", "fr1018", "fr1019",
                   "en1010", "en1011", "en1012", "en1013", "en1014", "en1015", "en1016", "en1017"},
    "heldout127": {"fr1020", "fr1021", "fr1022", "fr1023", "fr1024", "fr1025", "fr1026", "fr1027",
                   "en1018", "en1019", "en1020", "en1021", "en1022", "en1023", "en1024", "en1025"},
    "heldout128": {"fr1028", "fr1029", "fr1030", "fr1031", "fr1032", "fr1033", "fr1034", "fr1035",
                   "en1026", "en1027", "en1028", "en1029", "en1030", "en1031", "en1032", "en1033"},
    "heldout129": {"fr1036", "fr1037", "fr1038", "fr1039", "fr1040", "fr1041", "fr1042", "fr1043",
                   "en1034", "en1035", "en1036", "en1037", "en1038", "en1039", "en1040", "en1041"},
    "heldout130": {"fr1044", "fr1045", "fr1046", "fr1047", "fr1048", "fr1049", "fr1050", "fr1051",
                   "en1042", "en1043", "en1044", "en1045", "en1046", "en1047", "en1048", "en1049"},
    "heldout131": {"fr1052", "fr1053", "fr1054", "fr1055", "fr1056", "fr1057", "fr1058", "fr1059",
                   "en1050", "en1051", "en1052", "en1053", "en1054", "en1055", "en1056", "en1057"},
    "heldout132": {"fr1060", "fr1061", "fr1062", "fr1063", "fr1064", "fr1065", "fr1066", "fr1067",
                   "en1058", "en1059", "en1060", "en1061", "en1062", "en1063", "en1064", "en1065"},
    "heldout133": {"fr1068", "fr1069", "fr1070", "fr1071", "fr1072", "fr1073", "fr1074", "fr1075",
                   "en1066", "en1067", "en1068", "en1069", "en1070", "en1071", "en1072", "en1073"},
    "heldout134": {"fr1076", "fr1077", "fr1078", "fr1079", "fr1080", "fr1081", "fr1082", "fr1083",
                   "en1074", "en1075", "en1076", "en1077", "en1078", "en1079", "en1080", "en1081"},
    "heldout135": {"fr1084", "fr1085", "fr1086", "fr1087", "fr1088", "fr1089", "fr1090", "fr1091",
                   "en1082", "en1083", "en1084", "en1085", "en1086", "en1087", "en1088", "en1089"},
    "heldout136": {"fr1092", "fr1093", "fr1094", "fr1095", "fr1096", "fr1097", "fr1098", "fr1099",
                   "en1090", "en1091", "en1092", "en1093", "en1094", "en1095", "en1096", "en1097"},
    "heldout137": {"fr1100", "fr1101", "fr1102", "fr1103", "fr1104", "fr1105", "fr1106", "fr1107",
                   "en1098", "en1099", "en1100", "en1101", "en1102", "en1103", "en1104", "en1105"},
    "heldout138": {"fr1108", "fr1109", "fr1110", "fr1111", "fr1112", "fr1113", "fr1114", "fr1115",
                   "en1106", "en1107", "en1108", "en1109", "en1110", "en1111", "en1112", "en1113"},
    "heldout139": {"fr1116", "fr1117", "fr1118", "fr1119", "fr1120", "fr1121", "fr1122", "fr1123",
                   "en1114", "en1115", "en1116", "en1117", "en1118", "en1119", "en1120", "en1121"},
    "heldout140": {"fr1124", "fr1125", "fr1126", "fr1127", "fr1128", "fr1129", "fr1130", "fr1131",
                   "en1122", "en1123", "en1124", "en1125", "en1126", "en1127", "en1128", "en1129"},
    "heldout141": {"fr1132", "fr1133", "fr1134", "fr1135", "fr1136", "fr1137", "fr1138", "fr1139",
                   "en1130", "en1131", "en1132", "en1133", "en1134", "en1135", "en1136", "en1137"},
    "heldout142": {"fr1140", "fr1141", "fr1142", "fr1143", "fr1144", "fr1145", "fr1146", "fr1147",
                   "en1138", "en1139", "en1140", "en1141", "en1142", "en1143", "en1144", "en1145"},
    "heldout143": {"fr1148", "fr1149", "fr1150", "fr1151", "fr1152", "fr1153", "fr1154", "fr1155",
                   "en1146", "en1147", "en1148", "en1149", "en1150", "en1151", "en1152", "en1153"},
    "heldout144": {"fr1156", "fr1157", "fr1158", "fr1159", "fr1160", "fr1161", "fr1162", "fr1163",
                   "en1154", "en1155", "en1156", "en1157", "en1158", "en1159", "en1160", "en1161"},
    "heldout145": {"fr1164", "fr1165", "fr1166", "fr1167", "fr1168", "fr1169", "fr1170", "fr1171",
                   "en1162", "en1163", "en1164", "en1165", "en1166", "en1167", "en1168", "en1169"},
    "heldout146": {"fr1172", "fr1173", "fr1174", "fr1175", "fr1176", "fr1177", "fr1178", "fr1179",
                   "en1170", "en1171", "en1172", "en1173", "en1174", "en1175", "en1176", "en1177"},
    "heldout147": {"fr1180", "fr1181", "fr1182", "fr1183", "fr1184", "fr1185", "fr1186", "fr1187",
                   "en1178", "en1179", "en1180", "en1181", "en1182", "en1183", "en1184", "en1185"},
    "heldout148": {"fr1188", "fr1189", "fr1190", "fr1191", "fr1192", "fr1193", "fr1194", "fr1195",
                   "en1186", "en1187", "en1188", "en1189", "en1190", "en1191", "en1192", "en1193"},
    "heldout149": {"fr1196", "fr1197", "fr1198", "fr1199", "fr1200", "fr1201", "fr1202", "fr1203",
                   "en1194", "en1195", "en1196", "en1197", "en1198", "en1199", "en1200", "en1201"},
    "heldout150": {"fr1204", "fr1205", "fr1206", "fr1207", "fr1208", "fr1209", "fr1210", "fr1211",
                   "en1202", "en1203", "en1204", "en1205", "en1206", "en1207", "en1208", "en1209"},
    "heldout151": {"fr1212", "fr1213", "fr1214", "fr1215", "fr1216", "fr1217", "fr1218", "fr1219",
                   "en1210", "en1211", "en1212", "en1213", "en1214", "en1215", "en1216", "en1217"},
    "heldout152": {"fr1220", "fr1221", "fr1222", "fr1223", "fr1224", "fr1225", "fr1226", "fr1227",
                   "en1218", "en1219", "en1220", "en1221", "en1222", "en1223", "en1224", "en1225"},
    "heldout153": {"fr1228", "fr1229", "fr1230", "fr1231", "fr1232", "fr1233", "fr1234", "fr1235",
                   "en1226", "en1227", "en1228", "en1229", "en1230", "en1231", "en1232", "en1233"},
    "heldout154": {"fr1236", "fr1237", "fr1238", "fr1239", "fr1240", "fr1241", "fr1242", "fr1243",
                   "en1234", "en1235", "en1236", "en1237", "en1238", "en1239", "en1240", "en1241"},
    "heldout155": {"fr1244", "fr1245", "fr1246", "fr1247", "fr1248", "fr1249", "fr1250", "fr1251",
                   "en1242", "en1243", "en1244", "en1245", "en1246", "en1247", "en1248", "en1249"},
    "heldout156": {"fr1252", "fr1253", "fr1254", "fr1255", "fr1256", "fr1257", "fr1258", "fr1259",
                   "en1250", "en1251", "en1252", "en1253", "en1254", "en1255", "en1256", "en1257"},
    "heldout157": {"fr1260", "fr1261", "fr1262", "fr1263", "fr1264", "fr1265", "fr1266", "fr1267",
                   "en1258", "en1259", "en1260", "en1261", "en1262", "en1263", "en1264", "en1265"},
    "heldout158": {"fr1268", "fr1269", "fr1270", "fr1271", "fr1272", "fr1273", "fr1274", "fr1275",
                   "en1266", "en1267", "en1268", "en1269", "en1270", "en1271", "en1272", "en1273"},
    "heldout159": {"fr1276", "fr1277", "fr1278", "fr1279", "fr1280", "fr1281", "fr1282", "fr1283",
                   "en1274", "en1275", "en1276", "en1277", "en1278", "en1279", "en1280", "en1281"},
    "heldout160": {"fr1284", "fr1285", "fr1286", "fr1287", "fr1288", "fr1289", "fr1290", "fr1291",
                   "en1282", "en1283", "en1284", "en1285", "en1286", "en1287", "en1288", "en1289"},
    "heldout161": {"fr1292", "fr1293", "fr1294", "fr1295", "fr1296", "fr1297", "fr1298", "fr1299",
                   "en1290", "en1291", "en1292", "en1293", "en1294", "en1295", "en1296", "en1297"},
    "heldout162": {"fr1300", "fr1301", "fr1302", "fr1303", "fr1304", "fr1305", "fr1306", "fr1307",
                   "en1298", "en1299", "en1300", "en1301", "en1302", "en1303", "en1304", "en1305"},
    "heldout163": {"fr1308", "fr1309", "fr1310", "fr1311", "fr1312", "fr1313", "fr1314", "fr1315",
                   "en1306", "en1307", "en1308", "en1309", "en1310", "en1311", "en1312", "en1313"},
    "heldout164": {"fr1316", "fr1317", "fr1318", "fr1319", "fr1320", "fr1321", "fr1322", "fr1323",
                   "en1314", "en1315", "en1316", "en1317", "en1318", "en1319", "en1320", "en1321"},
    "heldout165": {"fr1324", "fr1325", "fr1326", "fr1327", "fr1328", "fr1329", "fr1330", "fr1331",
                   "en1322", "en1323", "en1324", "en1325", "en1326", "en1327", "en1328", "en1329"},
    "heldout166": {"fr1332", "fr1333", "fr1334", "fr1335", "fr1336", "fr1337", "fr1338", "fr1339",
                   "en1330", "en1331", "en1332", "en1333", "en1334", "en1335", "en1336", "en1337"},
    "heldout167": {"fr1340", "fr1341", "fr1342", "fr1343", "fr1344", "fr1345", "fr1346", "fr1347",
                   "en1338", "en1339", "en1340", "en1341", "en1342", "en1343", "en1344", "en1345"},
    "heldout168": {"fr1348", "fr1349", "fr1350", "fr1351", "fr1352", "fr1353", "fr1354", "fr1355",
                   "en1346", "en1347", "en1348", "en1349", "en1350", "en1351", "en1352", "en1353"},
    "heldout169": {"fr1356", "fr1357", "fr1358", "fr1359", "fr1360", "fr1361", "fr1362", "fr1363",
                   "en1354", "en1355", "en1356", "en1357", "en1358", "en1359", "en1360", "en1361"},
    "heldout170": {"fr1364", "fr1365", "fr1366", "fr1367", "fr1368", "fr1369", "fr1370", "fr1371",
                   "en1362", "en1363", "en1364", "en1365", "en1366", "en1367", "en1368", "en1369"},
    "heldout171": {"fr1372", "fr1373", "fr1374", "fr1375", "fr1376", "fr1377", "fr1378", "fr1379",
                   "en1370", "en1371", "en1372", "en1373", "en1374", "en1375", "en1376", "en1377"},
    "heldout172": {"fr1380", "fr1381", "fr1382", "fr1383", "fr1384", "fr1385", "fr1386", "fr1387",
                   "en1378", "en1379", "en1380", "en1381", "en1382", "en1383", "en1384", "en1385"},
    "heldout173": {"fr1388", "fr1389", "fr1390", "fr1391", "fr1392", "fr1393", "fr1394", "fr1395",
                   "en1386", "en1387", "en1388", "en1389", "en1390", "en1391", "en1392", "en1393"},
    "heldout174": {"fr1396", "fr1397", "fr1398", "fr1399", "fr1400", "fr1401", "fr1402", "fr1403",
                   "en1394", "en1395", "en1396", "en1397", "en1398", "en1399", "en1400", "en1401"},
    "heldout175": {"fr1404", "fr1405", "fr1406", "fr1407", "fr1408", "fr1409", "fr1410", "fr1411",
                   "en1402", "en1403", "en1404", "en1405", "en1406", "en1407", "en1408", "en1409"},
    "heldout176": {"fr1412", "fr1413", "fr1414", "fr1415", "fr1416", "fr1417", "fr1418", "fr1419",
                   "en1410", "en1411", "en1412", "en1413", "en1414", "en1415", "en1416", "en1417"},
    "heldout177": {"fr1420", "fr1421", "fr1422", "fr1423", "fr1424", "fr1425", "fr1426", "fr1427",
                   "en1418", "en1419", "en1420", "en1421", "en1422", "en1423", "en1424", "en1425"},
    "heldout178": {"fr1428", "fr1429", "fr1430", "fr1431", "fr1432", "fr1433", "fr1434", "fr1435",
                   "en1426", "en1427", "en1428", "en1429", "en1430", "en1431", "en1432", "en1433"},
    "heldout179": {"fr1436", "fr1437", "fr1438", "fr1439", "fr1440", "fr1441", "fr1442", "fr1443",
                   "en1434", "en1435", "en1436", "en1437", "en1438", "en1439", "en1440", "en1441"},
    "heldout180": {"fr1444", "fr1445", "fr1446", "fr1447", "fr1448", "fr1449", "fr1450", "fr1451",
                   "en1442", "en1443", "en1444", "en1445", "en1446", "en1447", "en1448", "en1449"},
    "heldout181": {"fr1452", "fr1453", "fr1454", "fr1455", "fr1456", "fr1457", "fr1458", "fr1459",
                   "en1450", "en1451", "en1452", "en1453", "en1454", "en1455", "en1456", "en1457"},
    "heldout182": {"fr1460", "fr1461", "fr1462", "fr1463", "fr1464", "fr1465", "fr1466", "fr1467",
                   "en1458", "en1459", "en1460", "en1461", "en1462", "en1463", "en1464", "en1465"},
    "heldout183": {"fr1468", "fr1469", "fr1470", "fr1471", "fr1472", "fr1473", "fr1474", "fr1475",
                   "en1466", "en1467", "en1468", "en1469", "en1470", "en1471", "en1472", "en1473"},
    "heldout184": {"fr1476", "fr1477", "fr1478", "fr1479", "fr1480", "fr1481", "fr1482", "fr1483",
                   "en1474", "en1475", "en1476", "en1477", "en1478", "en1479", "en1480", "en1481"},
    "heldout185": {"fr1484", "fr1485", "fr1486", "fr1487", "fr1488", "fr1489", "fr1490", "fr1491",
                   "en1482", "en1483", "en1484", "en1485", "en1486", "en1487", "en1488", "en1489"},
    "heldout186": {"fr1492", "fr1493", "fr1494", "fr1495", "fr1496", "fr1497", "fr1498", "fr1499",
                   "en1490", "en1491", "en1492", "en1493", "en1494", "en1495", "en1496", "en1497"},
}
MIN_PRECISION = 0.90
MIN_RECALL = 0.75
#: Held-out precision floors per language and category (categories with at least 3 claims), a little under what was
#: measured on 2026-12-07 at the end of the hundred-and-eighty-seventh round on the hundred-and-eighty-seventh held-out
#: split (tests/data/framing-real/RESULTS.md); a category not listed has the default floor. Some are under the issue's
#: 0.90: they say where unseen news stands.
HELD_OUT_MIN_PRECISION = {
    "fr": {"passive": 0.9, "passive_agent": 0.6, "source": 0.85, "source_type": 0.7, "loaded": 0.85,
           "conditional": 0.95, "hedge": 0.95, "figure": 0.95},
    "en": {"passive": 0.9, "passive_agent": 0.8, "event_noun": 0.7, "source": 0.9, "source_type": 0.95,
           "euphemism": 0.0, "conditional": 0.95, "hedge": 0.95, "figure": 0.95},
}
HELD_OUT_DEFAULT_PRECISION = 0.65
#: Where the held-out claims are too few for a floor (or precision is near 0), the number of wrong claims is capped.
HELD_OUT_MAX_WRONG: dict[str, dict[str, int]] = {
    "fr": {"event_noun": 2, "anonymous": 0, "euphemism": 0},
    "en": {"anonymous": 0, "loaded": 0, "euphemism": 3}}
HELD_OUT_MIN_RECALL = {"fr": 0.8, "en": 0.89}


def test_a_passive_claim_matches_its_participle_with_the_agent() -> None:
    # the README's own example gives a passive with its agent and no auxiliary (« tué par un policier »): the claimed
    # verb group matches it, one claim for one item; another participle does not
    assert _pair_up(["bitten by an adder"], ["had been bitten"], verb_groups=True)[0] == [
        ("bitten by an adder", "had been bitten")]
    assert _pair_up(["tué par un policier"], ["a été tué"], verb_groups=True)[0] == [("tué par un policier", "a été tué")]
    assert _pair_up(["killed by police"], ["was injured"], verb_groups=True)[0] == []
    assert _pair_up(["bitten by an adder"], ["had been bitten"])[0] == []  # only for passives


def test_the_corpus_is_real_big_and_split_before_tuning() -> None:
    pairs = load_pairs()
    by_lang = Counter(p["language"] for p in pairs)
    assert len(pairs) >= 40 and by_lang["fr"] >= 20 and by_lang["en"] >= 20
    assert {p["id"] for p in pairs if p["split"] == "heldout"} == HELD_OUT
    for first_split, ids in EARLIER_HELD_OUT.items():
        assert {p["id"] for p in pairs if p.get("first_split") == first_split} == ids, first_split
    earlier = set().union(*EARLIER_HELD_OUT.values())
    assert all(p["split"] == "tune" for p in pairs if p["id"] in earlier)
    held = Counter(p["language"] for p in pairs if p["split"] == "heldout")
    assert held["fr"] >= 6 and held["en"] >= 6
    for p in pairs:
        assert len(p["version"]) == 2, p["id"]
        for v in p["version"]:
            assert v["outlet"] and v["date"] and v["url"].startswith("http"), p["id"]
            assert 0 < len(v["text"]) < 1200, p["id"]  # short excerpts only: headline and lead
            assert set(v["gold"]) == {"passive", "passive_agent", "event_noun", "source", "loaded", "euphemism",
                                      "conditional", "hedge", "figure"}, p["id"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_thresholds_on_the_tune_split(framing_models: None, language: str, capsys) -> None:
    scores = evaluate("tune", language)
    report(scores, f"tune {language}", capsys)
    low = {c: round(s.precision, 2) for c, s in scores.items() if s.tp + s.fp and s.precision < MIN_PRECISION}
    assert not low, f"precision under {MIN_PRECISION}: {low}"
    assert overall_recall(scores) >= MIN_RECALL


@pytest.mark.parametrize("language", ["fr", "en"])
def test_floors_on_the_held_out_split(framing_models: None, language: str, capsys) -> None:
    scores = evaluate("heldout", language)
    report(scores, f"held-out {language}", capsys)
    floors = HELD_OUT_MIN_PRECISION[language]
    low = {c: (round(s.precision, 2), floors.get(c, HELD_OUT_DEFAULT_PRECISION)) for c, s in scores.items()
           if s.tp + s.fp >= 3 and s.precision < floors.get(c, HELD_OUT_DEFAULT_PRECISION)}
    assert not low, f"precision under its floor on unseen pairs (measured, floor): {low}"
    wrong = {c: (scores[c].fp, cap) for c, cap in HELD_OUT_MAX_WRONG.get(language, {}).items() if scores[c].fp > cap}
    assert not wrong, f"more wrong claims than measured on unseen pairs (wrong, cap): {wrong}"
    assert overall_recall(scores) >= HELD_OUT_MIN_RECALL[language]


def report(scores: dict, title: str, capsys) -> None:
    with capsys.disabled():
        print(f"\nreal-news framing, {title}:")
        for c in CATEGORIES:
            s = scores[c]
            print(f"  {c:<14} precision {s.precision:.2f}  recall {s.recall:.2f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
        print(f"  overall recall {overall_recall(scores):.2f}")
