"""Synthetic Dutch client feedback with planted personal data, for de-identification tests.

Every sentence is made up. Planted data is marked inline as ``{kind:value}``; the
marker is replaced by ``value`` in the text the de-identifier sees, and ``value`` must
not survive redaction. ``kind`` is the reporting category (see ``CATEGORIES``); a few
categories split one tag into harder sub-cases (lowercase names, names after role
words, dates without a year).

Numbers are synthetic: BSNs pass the 11-test, IBANs have valid check digits, phone
numbers use common formats (06-1234 5678 etc.) and are not known to belong to anyone.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

# Reporting category -> tag the de-identifier should (ideally) use.
CATEGORIES: dict[str, str] = {
    "naam": "naam",  # capitalised names
    "naam_klein": "naam",  # lowercase first names ("sanne")
    "naam_rol": "naam",  # name right after a role word ("mijn voogd Ilse")
    "telefoonnummer": "telefoonnummer",
    "e-mailadres": "e-mailadres",
    "bsn": "bsn",
    "iban": "iban",
    "postcode": "postcode",
    "adres": "adres",
    "plaats": "plaats",
    "datum": "datum",  # with a year
    "datum_zonder_jaar": "datum",  # "5 mei", "maart 2023" counts as with-year month
    "leeftijd": "leeftijd",
    "url": "url",
    "school": "school",
    "instelling": "instelling",
    "nummer": "nummer",
    "medewerker": "medewerker",
    "team": "team",
    "locatie": "locatie",
    "organisatie": "organisatie",
    "kenteken": "kenteken",
    "zaaknummer": "zaaknummer",  # court, dossier and client numbers
    "account": "account",  # social-media handles, with or without @
    "straat": "adres",  # a street without a house number
    "rechtbank": "plaats",  # the place or district in a court's name
}

# Organisation-specific terms, as they would come from configuration.
EXTRA_NAMES: dict[str, list[str]] = {
    "staff": ["Marieke Jansen", "Kees", "Fatima el Amrani", "Jurgen Wolters", "Ingrid Pels"],
    "teams": ["Team Noord", "Team Oost-Veluwe", "Ambulant Team West", "De Vliegers"],
    "locations": ["De Linde", "Het Anker", "Villa Zonnedauw", "De Boei"],
    "partners": ["Kinderopvang Het Mierennest", "Sportclub Olympia", "Buurthuis De Kroon"],
}

_RAW = r"""
# ---------------------------------------------------------------- names, capitalised
Mijn begeleider {naam:Pieter Bakker} luistert echt goed naar mij.
Ik vond het fijn dat {naam:Annemiek} elke week even langs kwam.
{naam:Youssef} van de groep heeft mij geholpen met mijn huiswerk.
Toen {naam:Lotte van den Berg} ziek was, hoorden we drie weken niks.
Het contact met {naam:Ricardo} ging soms moeizaam, hij was vaak te laat.
{naam:Priya} legde alles rustig uit, dat was fijn.
Ik wil graag een andere begeleider dan {naam:Henk de Vries}.
Na het gesprek met {naam:Ilse Hoekstra} snapte ik eindelijk wat er ging gebeuren.
Waarom mocht ik {naam:Dewi} niet meer zien van jullie?
Soms praat {naam:Mohamed El Idrissi} over mij terwijl ik erbij zit.
Ik heb veel gehad aan de tips van {naam:Janneke}.
{naam:Sven Mulder} en {naam:Noor} waren er altijd voor mij.
De nieuwe voogd, mevrouw {naam:Brouwer}, heeft nog nooit gebeld.
Meneer {naam:Visser} zei dat ik zelf mocht kiezen, maar dat klopte niet.
Ik mis {naam:Fleur Smit}, zij was de beste begeleider van de groep.
Kunnen jullie {naam:Anouk} vragen of ze mij terugbelt?
{naam:Thijs} en ik hadden vaak ruzie op de groep.
Ik vind dat {naam:Emma Visser} meer tijd moet krijgen voor ons.
De gesprekken met {naam:Wilma Kok} hielpen mij heel erg.
Ik snap niet waarom {naam:Bram Dekker} weg moest, hij was top.
Bij {naam:Floor} voelde ik me veilig.
Sorry maar {naam:Kevin} doet zijn werk gewoon niet goed.
# ---------------------------------------------------------------- names, lowercase
ik wil niet meer naar {naam_klein:sanne} want die luistert nooit
{naam_klein:daan} van de logeergroep is echt aardig
ik en {naam_klein:lisa} mochten samen naar de stad dat was leuk
jullie moeten {naam_klein:jeroen} ontslaan hij schreeuwt altijd
eerst had ik {naam_klein:marloes} en toen kreeg ik weer iemand anders
ik heb {naam_klein:femke} al drie weken niet gezien
gisteren belde {naam_klein:joost} pas om 10 uur terug
{naam_klein:esther} zegt steeds dat ze geen tijd heeft
ik vond het gesprek met {naam_klein:ruben} wel oke
mijn broertje en {naam_klein:sophie} mogen niet meer bij ons komen
ik wil graag dat {naam_klein:gerrit} weer mijn begeleider wordt
hoi ik ben {naam_klein:jasmijn} en ik vind het hier niet fijn
volgens {naam_klein:wouter} mag ik in het weekend naar huis
{naam_klein:bas} en {naam_klein:jelle} maken de hele dag grapjes op de groep
ik praat liever met {naam_klein:nicole} dan met de rest
echt top dat {naam_klein:hanneke} er altijd was
waarom luistert {naam_klein:martijn} niet naar mij
ik vind {naam_klein:sanne de vries} de liefste van allemaal
# ---------------------------------------------------------------- names after role words
Mijn voogd {naam_rol:sanne} belde nooit terug.
Mijn mentor {naam_rol:ilse} heeft me geholpen met school.
Juf {naam_rol:anja} begrijpt mij echt.
Meester {naam_rol:Bas} zegt dat ik het goed doe.
Mijn moeder {naam_rol:Petra} mag nog steeds niet op bezoek komen.
Ik mis mijn oma {naam_rol:Truus} heel erg.
Mijn vader {naam_rol:Ahmed} woont nu in een ander huis.
Mijn broer {naam_rol:Dylan} mag niet meer bij ons logeren.
Ik zie mijn zus {naam_rol:kim} maar een keer per maand.
Mijn jeugdbeschermer {naam_rol:Naomi} heeft geen tijd voor mij.
De hulpverlener, {naam_rol:Gijs}, was altijd te laat.
Mijn begeleider {naam_rol:roos} is lief maar ze is vaak ziek.
Mijn opa {naam_rol:Geert} is ziek en ik wil naar hem toe.
Ik wil mijn pleegmoeder {naam_rol:Ellen} vaker zien.
Mijn gezinsvoogd heet {naam_rol:Jolanda} en ze doet haar best.
Mijn tante {naam_rol:Samira} haalt mij soms op.
De groepsleider {naam_rol:Vincent} maakt altijd grapjes.
mijn stiefvader {naam_rol:ron} wil niet praten met jullie
Mijn coach {naam_rol:Dewi} heeft mij echt geholpen met mijn stage.
Mevrouw {naam_rol:de Boer} van de rechtbank snapte niks van mij.
# ---------------------------------------------------------------- phone numbers
Bel me op {telefoonnummer:06 1234 5678} als er nieuws is.
Mijn nummer is {telefoonnummer:06-12345678}, app me maar.
Je kan mij bereiken op {telefoonnummer:0612345678}.
Mijn moeder heeft een nieuw nummer: {telefoonnummer:+31 6 2345 6789}.
Bel mijn oma maar op {telefoonnummer:0031 6 34567890}.
Het nummer van mijn voogd is {telefoonnummer:+31 (0)6 4567 8901} maar ze neemt nooit op.
Ik belde naar {telefoonnummer:020-1234567} maar niemand nam op.
Het kantoor ({telefoonnummer:030 - 234 56 78}) is nooit bereikbaar.
Ze zeiden dat ik {telefoonnummer:0900-1234567} moest bellen, dat kost geld.
Bel {telefoonnummer:088 123 4567} en vraag naar de afdeling.
Mijn vader zijn nummer is {telefoonnummer:06.98.76.54.32}.
App mij op {telefoonnummer:+31612345679} dan kunnen we afspreken.
Thuis zijn we bereikbaar op {telefoonnummer:(010) 456 78 90}.
Stuur een sms naar {telefoonnummer:06 - 11 22 33 44}.
Ik heb gebeld naar {telefoonnummer:0318-123456} maar dat was een verkeerd nummer.
Bel mijn begeleider op {telefoonnummer:06 87654321} of mail haar.
Mijn nieuwe nummer: {telefoonnummer:0031612345678}
Je kan ook bellen met {telefoonnummer:085 - 1234567}.
Vraag mijn tante, haar nummer is {telefoonnummer:+31 20 123 4567}.
# ---------------------------------------------------------------- e-mail
Mail me op {e-mailadres:sanne.devries@hotmail.com} als er nieuws is.
Mijn mailadres is {e-mailadres:jayden2009@gmail.com}.
Stuur het verslag naar {e-mailadres:m.jansen@jeugdzorg-noord.nl} graag.
Ik heb gemaild naar {e-mailadres:info@stichting-voorbeeld.org} maar kreeg geen antwoord.
Mijn moeder haar mail is {e-mailadres:petra_bakker1975@live.nl}.
Je kan mij mailen: {e-mailadres:noor.el-amrani@outlook.com}
Mail naar {e-mailadres:kim@kimsdesign.studio} als je vragen hebt.
Ik heb een nieuw adres: {e-mailadres:lars.v@protonmail.ch}.
Contact via {e-mailadres:ilse.hoekstra@gemeente.amsterdam} werkt niet.
Mijn school mail is {e-mailadres:123456@leerling.roc.nl} maar die lees ik niet.
Stuur maar naar {e-mailadres:DYLAN.DEJONG@ZIGGO.NL}.
Mijn email: {e-mailadres:fatima+school@icloud.com}
De voogd gaf haar mail, {e-mailadres:j.smit@jbrr.nl}, maar antwoordt nooit.
Ik mail vaak met {e-mailadres:opa.henk@kpnmail.nl} en dat is fijn.
Mijn adres is {e-mailadres:sem_gamer@games.gg} haha.
Mail {e-mailadres:r.mulder@vrijwilligers.amsterdam} voor een afspraak.
Je mag mailen naar {e-mailadres:thijs.dekker@xs4all.nl}.
Schrijf naar {e-mailadres:lotte(at)gmail.com} dan krijg je antwoord.
Hier is mijn mail {e-mailadres:noah.de.graaf@student.hu.nl}
# ---------------------------------------------------------------- BSN
Mijn BSN is {bsn:725763863}, staat dat goed in het dossier?
Ze vroegen mijn burgerservicenummer {bsn:162275869} aan de telefoon, is dat normaal?
In de brief stond mijn bsn {bsn:192.285.142} gewoon zichtbaar.
Mijn bsn-nummer is {bsn:691 682 483} maar dat wil ik niet delen.
Het nummer {bsn:987825707} stond op de envelop.
Op het formulier staat {bsn:688-136-138} als nummer van mijn broertje.
Mijn sofinummer is {bsn:8646 23 112}.
bsn {bsn:321146487} graag niet meer in mails zetten
Waarom staat {bsn:187.89.11.51} in het verslag?
Mijn moeder haar bsn ({bsn:883235912}) werd verkeerd gespeld.
De brief met burgerservicenummer {bsn:178 598 835} ging naar het verkeerde adres.
Ik gaf mijn BSN {bsn:467279627} aan de verkeerde persoon.
Hun BSN: {bsn:738.199.795}
Ik moest {bsn:173833652} invullen maar ik wist niet wat dat was.
BSN nummer {bsn:813 12 80 06} staat in mijn dossier.
Mijn nummer is {bsn:831472844}, kunnen jullie dat veranderen?
# ---------------------------------------------------------------- IBAN
Het geld kan naar {iban:NL91 ABNA 0417 1643 00}.
Mijn rekeningnummer is {iban:NL46ABNA2440268599}.
Zakgeld graag op {iban:NL54 INGB 5289 0786 66} zetten.
Mijn moeder haar rekening is {iban:NL38RABO6176031372}.
Kunnen jullie de reiskosten overmaken naar {iban:NL94 SNSB 1590 1092 81}?
Rekening {iban:NL80TRIO5901396245} op naam van mijn oma.
IBAN: {iban:NL44 ASNB 9571 1777 74}
Mijn pleegouders hebben {iban:nl30knab1215472803} gegeven maar er kwam niks.
Het geld staat nog steeds niet op {iban:NL56BUNQ8528084148}.
Stort het maar op {iban:NL16 RBRB 5253 8885 39} alsjeblieft.
Ik heb {iban:NL23INGB3363387500} doorgegeven voor de toeslag.
Mijn nieuwe rekening: {iban:NL63 RABO 4743 9575 51}.
Ze hebben geld naar {iban:NL71ABNA3137353799} gestuurd maar dat is niet van mij.
De rekening van mijn vader ({iban:NL95RABO0751163726}) is geblokkeerd.
Mijn oude bankrekening {iban:BE71 0961 2345 6769} werkt niet meer.
Het nummer {iban:DE89370400440532013000} is van mijn oom in Duitsland.
# ---------------------------------------------------------------- postcodes
Wij wonen in postcode {postcode:1234 AB}, ver weg van school.
Mijn postcode is {postcode:6711PK}.
Ze stuurden de brief naar {postcode:3511 LX} maar daar woon ik niet meer.
Het huis staat in {postcode:9712CP} vlak bij het station.
Postcode {postcode:2513 AA} klopt niet in jullie systeem.
Mijn nieuwe adres heeft postcode {postcode:5611 hv}.
Stuur het naar {postcode:8011CW} alsjeblieft.
De bus komt niet in {postcode:4811 XJ}, dus ik ben altijd te laat.
Op de brief stond {postcode:7511JE} maar dat is fout.
Wij verhuizen naar {postcode:1012 WX} volgende week.
Mijn moeder woont in {postcode:6221BK}.
Kunnen jullie {postcode:3011 AD} als postadres gebruiken?
Vanaf {postcode:2011KE} is het een uur reizen naar de groep.
Ons huis ({postcode:1071 ab}) is te klein voor ons allemaal.
De postcode {postcode:9401 HT} staat verkeerd in mijn dossier.
# ---------------------------------------------------------------- addresses
We wonen op de {adres:Kerkstraat 12} in {plaats:Ede}.
Mijn moeder woont aan de {adres:Laan van Meerdervoort 220} en ik wil daar heen.
Het kantoor op de {adres:Stationsweg 5} is slecht bereikbaar.
Ik woon nu op {adres:Dorpsstraat 3a} bij mijn oma.
Kom maar naar de {adres:Van Goghstraat 17-2}.
We hebben afgesproken bij de {adres:Burgemeester de Withstraat 44}.
De groep is verhuisd naar de {adres:Prins Hendrikkade 105}.
Mijn vader woont op {adres:Hoofdweg 231} maar ik mag daar niet komen.
Ik sliep een week op de {adres:Oudegracht 88} bij een vriendin.
Het gezinshuis aan de {adres:Beukenlaan 7} is echt fijn.
Mijn adres is {adres:Molenweg 14} in {plaats:Uden}.
Ik wil terug naar de {adres:Julianastraat 29 B}.
De brief ging naar {adres:Postbus 1234} maar daar kijkt niemand.
Ik woon op {adres:kerkstraat 45} en de bus stopt daar niet.
We zaten eerst op {adres:Overtoom 301} maar nu ergens anders.
Het huis op {adres:Zuidwal 8} was te klein.
Breng mij maar naar {adres:Amsterdamsestraatweg 412}.
Mijn oma woont op {adres:Rijksstraatweg 66} dicht bij ons.
# ---------------------------------------------------------------- towns
Ik moest van {plaats:Zwolle} naar {plaats:Deventer} verhuizen.
In {plaats:Apeldoorn} was de groep veel fijner.
Mijn moeder woont in {plaats:Hoogeveen} en dat is ver.
Ik wil terug naar {plaats:Tilburg} naar mijn vrienden.
Elke week met de trein naar {plaats:Amersfoort} is echt te veel.
De logeerplek in {plaats:Doetinchem} was oke.
Ik ben geboren in {plaats:Rotterdam} maar woon nu hier.
Waarom moest ik naar {plaats:Heerenveen} terwijl mijn school in {plaats:Leeuwarden} is?
Mijn oma in {plaats:Venlo} mag ik niet meer zien.
De rechter in {plaats:Arnhem} heeft niet naar mij geluisterd.
We gingen naar een camping bij {plaats:Ommen}.
In {plaats:Emmen} hebben ze geen plek voor mij.
Mijn vader is naar {plaats:Almere} verhuisd.
Het kantoor in {plaats:Utrecht} is lastig te vinden.
Na de zomer ga ik naar {plaats:Nijmegen}.
# ---------------------------------------------------------------- dates with a year
Mijn eerste gesprek was op {datum:12-03-2024} en daarna niks meer.
Sinds {datum:5 mei 2023} woon ik op de groep.
Op {datum:14/02/2024} kreeg ik te horen dat ik moest verhuizen.
De zitting was op {datum:3 januari 2024}.
Ik ben geboren op {datum:21-06-2009}.
Op {datum:1 september 2022} begon ik op mijn nieuwe school.
De brief van {datum:18.11.2023} heb ik nooit gekregen.
Mijn voogd is sinds {datum:2023-08-15} ziek.
Vanaf {datum:7 okt 2023} mocht ik weer naar huis in het weekend.
Het verslag van {datum:30-1-2024} klopt niet.
Op {datum:24 december 2023} moest ik alleen op de groep blijven.
Ik zit hier al sinds {datum:9 februari 2021}.
De afspraak op {datum:02/05/24} ging niet door.
Mijn broertje is jarig op {datum:13 juli 2015}.
Ik wacht al sinds {datum:maart 2023} op een nieuwe voogd.
In {datum:november 2022} ben ik verhuisd.
# ---------------------------------------------------------------- dates without a year
Op {datum_zonder_jaar:5 mei} had ik een gesprek, dat ging goed.
Ik ben jarig op {datum_zonder_jaar:12 augustus} en niemand wist het.
Vanaf {datum_zonder_jaar:1 september} moet ik naar een nieuwe school.
Mijn oma is op {datum_zonder_jaar:3 maart} overleden en niemand belde.
De zitting is op {datum_zonder_jaar:woensdag 14 februari}.
Op {datum_zonder_jaar:22 juni} mocht ik eindelijk naar huis.
Voor {datum_zonder_jaar:15 januari} moest alles ingevuld zijn.
Ik heb sinds {datum_zonder_jaar:8 oktober} niks meer gehoord.
Mijn moeder komt op {datum_zonder_jaar:30 november} op bezoek.
Op {datum_zonder_jaar:2 april} was er een ruzie op de groep.
Ik ben op {datum_zonder_jaar:17 juli} jarig, kunnen we dan iets doen?
Het gesprek van {datum_zonder_jaar:11 dec} is niet doorgegaan.
Na {datum_zonder_jaar:6 januari} heb ik een nieuwe voogd.
Op {datum_zonder_jaar:zaterdag 9 maart} was het familiedag.
Mijn broer is op {datum_zonder_jaar:25e mei} jarig.
Tot {datum_zonder_jaar:31 augustus} mag ik hier blijven.
# ---------------------------------------------------------------- ages (deduce's age annotator)
Ik ben {leeftijd:14} jaar en ik mag nergens over meebeslissen.
Mijn broertje is pas {leeftijd:6} jaar.
Toen ik {leeftijd:12} jaar was, ging ik uit huis.
Ik ben een meisje van {leeftijd:15} jaar en ik woon op de groep.
Mijn zusje van {leeftijd:9} jaar mag niet bij mij wonen.
Als je {leeftijd:17} jaar bent wil je zelf kiezen.
Mijn moeder is {leeftijd:34} jaar en ze is vaak ziek.
Ik ben {leeftijd:16} jaar oud.
Mijn oma van {leeftijd:81} jaar kan niet meer op bezoek komen.
Mijn broer van {leeftijd:19} jaar woont nog thuis.
Ik werd met {leeftijd:13} jaar uit huis geplaatst.
Ik ben nu {leeftijd:11} jaar en zit in groep 8.
Mijn pleegzus van {leeftijd:8} jaar is heel lief.
Mijn vader is {leeftijd:52} jaar en werkt niet.
Ik ben {leeftijd:18} jaar geworden en nu stopt alles.
# ---------------------------------------------------------------- URLs
Kijk op {url:www.jeugdzorg-noord.nl} voor meer informatie.
Ik vond een filmpje op {url:https://youtu.be/dQw4w9WgXcQ} over mijn voogd.
Mijn profiel is {url:instagram.com/sanne_2009} als je wil kijken.
De info stond op {url:https://www.stichting-voorbeeld.org/contact} maar dat klopte niet.
Zie {url:http://kindertelefoon.nl} voor hulp.
Mijn account is {url:tiktok.com/@dewi.xo}.
Het formulier op {url:https://forms.gle/AbC123xyz} werkte niet.
Lees het op {url:www.mijnjeugdzorg.info/verhaal/123}.
De link {url:https://bit.ly/3xYz9Ab} werkte niet op mijn telefoon.
Ik heb een blog: {url:sanneschrijft.blogspot.com}
Kijk op {url:https://www.facebook.com/petra.bakker.75} dan zie je het.
Mijn broer maakt filmpjes op {url:youtube.com/c/jaydengaming}.
De website {url:www.gezinshuisdezon.nl} is niet bijgewerkt.
Meer over ons gezin op {url:https://familiedejong.nl/fotos}.
Ik heb alles gezet op {url:https://padlet.com/sanne/mijnverhaal}.
# ---------------------------------------------------------------- schools
Ik zit op {school:basisschool De Regenboog} in groep 7.
Mijn broertje gaat naar {school:OBS De Vlinder}.
Op het {school:Stedelijk Gymnasium} werd ik gepest.
Ik zit op het {school:Da Vinci College} en dat gaat goed.
Mijn zusje zit op {school:CBS 't Kompas}.
Ik moest van school wisselen naar het {school:Christelijk Lyceum Delft}.
Op {school:ROC Midden Nederland} doe ik de opleiding zorg.
Mijn mentor van het {school:Montessori College} belde naar de groep.
Ik ga naar het {school:Graafschap College} in september.
Op {school:basisschool de regenboog} hebben ze me echt geholpen.
Mijn school, {school:het Erasmiaans Gymnasium}, weet niks van de groep.
Ik zit op {school:SG De Rietlanden} maar ik wil naar een andere school.
Mijn broer zit op {school:Praktijkschool De Baander}.
Ik ga naar {school:het Gomarus College} en de bus is duur.
Op {school:Daltonschool De Margriet} was ik heel gelukkig.
De juf van {school:IKC Het Palet} heeft de melding gedaan.
Ik zit op het {school:Summa College} in {plaats:Eindhoven}.
Mijn zusje gaat naar de {school:Nassauschool}.
Ik wil terug naar {school:Het Baken Almere}.
mn dochter zit op {school:sbo de blauwe vogel} en daar snappen ze haar
ze gaat naar {school:cbs de gouden koets} sinds de zomer
hij zit op {school:vso de witte zwaan}, daar is het rustig
Mijn dochter zit nu op {school:De Tweemaster} en daar gaat het beter.
ik zit op {school:praktijkschool de wending} en het gaat goed
op de {datum_zonder_jaar:21e} moest ik bij de rechter komen
de zitting was toch de {datum_zonder_jaar:8ste}? niemand wist het
Dochter {naam:Liv} (°{datum:2014}) doet het goed.
Onze jongste is van {datum:2018} en slaapt nog slecht.
Mijn broer is in {datum:2008} geboren.
{datum_zonder_jaar:28/11} kreeg ik nog een kaartje van haar
Het verslag van {datum_zonder_jaar:9-3} klopte niet.
we hebben {datum_zonder_jaar:zeven oktober} een gesprek gehad
Tussen {datum_zonder_jaar:3 en 9 april} was niemand bereikbaar.
op {datum_zonder_jaar:dinsdag de 4e} kwam ze eindelijk
ONS NIEUWE ADRES IS {adres:VEST 22}, GRAAG AANPASSEN
Post graag naar {adres:Lange Akker 5}, {postcode:7461 BV} Rijssen.
we wonen sinds kort op {adres:burgemeester de raadtsingel 12}
ons nieuwe adres is {adres:3e Helmersstraat 41-II}, graag aanpassen
Het kantoor aan de {adres:Dr. Schaepmanlaan} is slecht bereikbaar.
HIJ WOONT OOK IN DE {adres:BEUKENLAAN}, DRIE HUIZEN VERDER
de taxi met kenteken {kenteken:gf 218 z} kwam te laat
onze zoon zit op {school:cbs prins willem} en heeft het naar zijn zin
hij ging naar {school:isk zwolle} om de taal te leren
Het overleg met {school:OSG De Meergronden} verliep goed.
mijn dochter zit op {school:vmbo het kompas} in klas 2
veel geleerd op de {school:Toermalijn} dit jaar
het {school:varendonck college} heeft hem geschorst
haar vriendin woont in {plaats:kralingen} en mag daar niet meer heen
we kwamen in 2021 uit {plaats:Homs} en wonen nu hier
de school in {plaats:Haren} is ver fietsen
ik woon nu in {plaats:leewaarden} en het gaat goed
we zijn van {plaats:hoorn} naar hier verhuisd
ik zit op het {school:rhedens} en daar is een zorgcoordinator
ze werd gepest op de {school:zonnebloemschool} en niemand deed iets
ik zit op het {school:nova-college} in de derde
mijn dochter zit op de {school:Koningin Beatrixschool} en het gaat goed
in {plaats:rotterdam-zuid} wonen veel gezinnen zoals wij
wij wonen nu in {plaats:hoensbroek} en het is rustig
# ---------------------------------------------------------------- care institutions
Ik zat eerst bij {instelling:Jeugdbescherming Gelderland} en nu bij jullie.
Bij {instelling:Accare} moest ik heel lang wachten op een gesprek.
Mijn broer zit bij {instelling:Pluryn} in een leefgroep.
Ik ging naar de {instelling:GGZ Oost Brabant} voor therapie.
Bij {instelling:Karakter} kreeg ik eindelijk een diagnose.
Mijn zus zit bij {instelling:Levvel} en daar is het fijn.
Ik heb therapie gehad bij {instelling:Yulius}.
Het {instelling:Leo Kannerhuis} heeft mij heel goed geholpen.
Mijn moeder krijgt hulp van {instelling:Parnassia}.
Bij {instelling:Zorgboerderij De Hoeve} mocht ik met de dieren werken.
Ik woon nu in {instelling:Gezinshuis De Zonnebloem}.
Ik ben naar {instelling:Crisisopvang De Brug} gebracht.
Bij {instelling:Jeugdzorg Plus De Lindenhorst} was ik drie maanden.
Ik krijg hulp van {instelling:Spirit Jeugd en Opvoedhulp}.
{instelling:Youz} heeft de behandeling gestopt zonder uitleg.
Mijn broer woont bij {instelling:'s Heeren Loo}.
# ---------------------------------------------------------------- other long numbers
Mijn dossiernummer is {nummer:20230456} maar niemand kan het vinden.
Het klantnummer {nummer:7781234} staat op de brief.
Ik heb zaaknummer {nummer:10293847} gekregen maar geen antwoord.
De factuur {nummer:456789123} is niet betaald door de gemeente.
Mijn leerlingnummer is {nummer:1234567}.
Referentie {nummer:98765432101} gebruiken bij bellen zei ze.
Met pasnummer {nummer:55512345} kan ik de bus niet in.
Mijn studentnummer {nummer:5012345} staat verkeerd.
Het ticket {nummer:202401230045} is nooit opgepakt.
Mijn cliëntnummer {nummer:3309876} kan jullie helpen zoeken.
Onder nummer {nummer:87654321} staat mijn klacht.
Het pakket met code {nummer:3SXYZ123456789} is nooit aangekomen.
Mijn OV-kaart {nummer:3528012345678901} is kwijt.
Ik heb melding {nummer:40012345} gedaan.
Polisnummer {nummer:123456789} staat in de brief.
# ---------------------------------------------------------------- organisation terms (config)
{medewerker:Marieke Jansen} heeft mij heel goed geholpen.
Ik vond {medewerker:marieke} de beste van allemaal.
{medewerker:Kees} komt altijd te laat.
Bij {medewerker:Fatima el Amrani} voelde ik me gehoord.
Het gesprek met {medewerker:jurgen wolters} was vervelend.
{medewerker:Ingrid Pels} belde me eindelijk terug.
Ik wil terug naar {team:Team Noord} want daar kende ik iedereen.
Sinds ik bij {team:team oost-veluwe} zit gaat het beter.
Het {team:Ambulant Team West} komt nooit op tijd.
Bij {team:De Vliegers} is het altijd druk.
Op {locatie:De Linde} is het eten niet lekker.
Ik woon nu op {locatie:Het Anker} en dat is fijn.
{locatie:Villa Zonnedauw} heeft een mooie tuin.
Op {locatie:de boei} mag je niet laat naar buiten.
Via {organisatie:Kinderopvang Het Mierennest} kreeg mijn zusje een plek.
Ik mocht gratis op {organisatie:Sportclub Olympia} voetballen.
In {organisatie:Buurthuis De Kroon} kan ik huiswerk maken.
Het gesprek met {medewerker:Marieke Jansen} en {medewerker:Jurgen Wolters} was fijn.
Ik wil niet meer praten met {medewerker:KEES}.
Waarom is {medewerker:fatima el amrani} weggegaan?
Ik vond {medewerker:Ingrid} heel lief, zij luisterde altijd.
{team:Team Noord} belt nooit terug.
Het {team:ambulant team west} kwam twee keer langs en toen niet meer.
Ik ben overgeplaatst van {team:De Vliegers} naar een andere groep.
Bij {team:Team Oost-Veluwe} wisten ze niet wie ik was.
In {locatie:Het Anker} mag je je telefoon houden.
Het eten op {locatie:de linde} is echt vies.
Ik wil weg uit {locatie:Villa Zonnedauw}.
Op {locatie:De Boei} zijn de begeleiders streng.
Na school ga ik naar {organisatie:Buurthuis De Kroon}.
Bij {organisatie:sportclub olympia} voel ik me thuis.
Mijn broertje zit bij {organisatie:Kinderopvang Het Mierennest} en dat gaat goed.
{organisatie:Sportclub Olympia} heeft mij een gratis lidmaatschap gegeven.
{organisatie:Buurthuis De Kroon} is dicht in de zomer.
# ---------------------------------------------------------------- issue 9: licence plates
Mijn vader zijn auto {kenteken:HF-207-T} stond voor de school.
De begeleider reed in een witte auto met kenteken {kenteken:4-KZT-81}.
kenteken {kenteken:tr-55-bx} zag ik elke ochtend
Een auto ({kenteken:XG-418-N}) volgde ons naar huis.
De bus {kenteken:BN-LZ-45} van het gezinshuis is altijd te laat.
HET KENTEKEN WAS {kenteken:38-NHB-2}
Ik herkende de auto van mijn oom, {kenteken:L-273-FJ}.
Het busje {kenteken:VDJ-24-P} hoort bij de groep.
Mijn moeder haar auto is {kenteken:7-TZX-09}, die mag ik niet gebruiken.
Zijn scooter had kenteken {kenteken:D-41-GTB}.
De wagen {kenteken:51-HD-ZR} werd gebruikt voor het vervoer.
Op de foto stond {kenteken:264-FR-3} duidelijk te zien.
# ---------------------------------------------------------------- issue 9: case, dossier and client numbers
In de beschikking {zaaknummer:C/10/598123 / JE RK 22-1987} staat iets anders dan wat ik zei.
Het zaaknummer is {zaaknummer:C/16/4512 JE RK 21-1234} en het klopt niet.
De rechtbank gebruikte {zaaknummer:JE RK 23-456} in de brief.
Bij het hof liep zaak {zaaknummer:200.287.654/01} heel lang.
Mijn parketnummer was {zaaknummer:13/765432-19}.
Zie uitspraak {zaaknummer:ECLI:NL:RBMNE:2022:3456} over mijn broertje.
Dossier {zaaknummer:JBGO-2022-00871} is nooit bijgewerkt.
Ons kenmerk is {zaaknummer:WSS-21-44120} maar niemand kende het.
klantnummer {zaaknummer:60412} noemden ze aan de telefoon
Mijn clientnummer is {zaaknummer:A-88213}.
dossier nr. {zaaknummer:2021/3377} staat op de envelop
Ref: {zaaknummer:VT/2023/0912} gebruiken bij contact.
# ---------------------------------------------------------------- issue 9: accounts
Volg mij op {account:@lieke_danst}.
Mijn insta is {account:noor.xo.2012} als je wil kijken.
snap: {account:dyl4n_r} maar niet doorgeven
Op tiktok ben ik {account:@mila.vlogt}.
Je kan mij vinden op snapchat, {account:sem_2009}.
ig: {account:jada.v.d.berg}
Mijn discord is {account:GamerBoy_77}.
INSTA {account:MOOS_2010} VOLGEN
# ---------------------------------------------------------------- issue 9: ages in every form
Mijn zoon van {leeftijd:13} moet alles zelf regelen.
hij is {leeftijd:10} en begrijpt niks van de rechtbank
Onze zoon ({leeftijd:8}) slaapt slecht sinds de uithuisplaatsing.
Ik ben {leeftijd:zestien} en niemand vraagt wat ik wil.
Mijn zusje is net {leeftijd:7} geworden.
Een jongen van {leeftijd:13} jaar hoort niet op zo'n groep.
Sinds mijn {leeftijd:10e} woon ik in een pleeggezin.
mijn broertje van {leeftijd:5} snapt het nog niet
Als {leeftijd:15}-jarige wil ik gehoord worden.
Toen ik {leeftijd:11} was moest ik weg van huis.
ze is {leeftijd:twaalf} en heeft al drie voogden gehad
Ik ben {leeftijd:17} en wil op kamers.
Mijn dochter van {leeftijd:negen} huilt elke nacht.
Mijn oudste is {leeftijd:19} en woont op zichzelf.
{naam:Jelmer} is {leeftijd:12} en wil niet meer praten.
mn dochter is {leeftijd:13jr} en ze mag niks zelf
ben {leeftijd:15} en woon nu op kamers
alsof ik {leeftijd:6} ben, zo praat ze tegen mij
toen ze {leeftijd:veertien} werd mocht ze zelf kiezen
mijn zoon {naam:Bilal} van {leeftijd:11} durft niet meer naar school
Onze kinderen ({leeftijd:5}, {leeftijd:8} en {leeftijd:12}) waren er ook bij.
mijn neefje {naam:Rayan}, {leeftijd:9 jaar}, wacht nog steeds op een plek
MIJN ZOON IS {leeftijd:14 JAAR} EN WORDT NIET SERIEUS GENOMEN
leeftijd: {leeftijd:15}, woonplaats onbekend
Ik (v/{leeftijd:17}) wil graag een vrouwelijke begeleider.
Mijn vriendin {naam:Noor} (ook {leeftijd:15}) zit in hetzelfde traject.
Ik ben {naam:Dewi}, {leeftijd:16}, en ik vond het goed.
We hebben drie kinderen, {naam:Yara} van {leeftijd:4} en {naam:Ilias} van {leeftijd:9}.
ik was {leeftijd:13 j} toen ik uit huis moest
ik ben dus net {leeftijd:18} geworden en nu stopt alles
# ---------------------------------------------------------------- issue 9: numeric dates, birth years, misspelled months
De zitting is op {datum_zonder_jaar:14/3} om 10 uur.
Mijn oma is {datum_zonder_jaar:2-10} jarig.
Op {datum_zonder_jaar:21-06} was de evaluatie.
Vanaf {datum_zonder_jaar:1/9} mag ik weer naar school.
Mijn zoon is geboren in {datum:2012} en wacht nog steeds op hulp.
Mijn dochter (geboren {datum:2010}) heeft geen plek.
Op {datum_zonder_jaar:17 januarie} kreeg ik de brief.
Vanaf {datum_zonder_jaar:3 feburari} woon ik hier.
Sinds {datum_zonder_jaar:9 okotber} hoor ik niets meer.
Mijn verjaardag is op {datum_zonder_jaar:28 septembr}.
# ---------------------------------------------------------------- issue 9: streets without a number
We wonen in de {straat:Beatrixlaan} vlak bij het park.
Mijn vader woont op de {straat:Marktstraat} boven een winkel.
ik woon aan de {straat:molenweg} sinds vorig jaar
Het kantoor aan de {straat:Laan van Nieuw Oost-Indië} is ver weg.
We zijn verhuisd naar de {straat:Lindelaan}.
Mijn oma woont op het {straat:Stationsplein} in een flat.
In de {straat:Van Limburg Stirumstraat} woont mijn vriendin.
Op de {straat:Oosterkade} hangen altijd jongeren rond.
# ---------------------------------------------------------------- issue 9: neighbourhoods, lowercase places, courts
Ik woon in {plaats:Osdorp} en mijn school is ver.
In {plaats:Kanaleneiland} is veel te weinig te doen voor jongeren.
we wonen nu in {plaats:presikhaaf}
Mijn moeder woont in {plaats:Malburgen} met haar vriend.
ik moest van {plaats:lelystad} naar {plaats:apeldoorn} verhuizen
mijn opa woont in {plaats:den haag}
We komen uit {plaats:Rotterdam-Zuid}.
Mijn vader woont in {plaats:Tarwewijk}.
In {plaats:Amsterdam Nieuw-West} is de wachtlijst lang.
we wonen in {plaats:de Pijp} in een klein huis
De zitting was bij de rechtbank {rechtbank:Oost-Brabant}.
Bij de rechtbank in {rechtbank:Haarlem} mocht ik niks zeggen.
De kinderrechter in {rechtbank:Zutphen} heeft het verlengd.
De Rechtbank {rechtbank:Noord-Nederland} heeft niet naar mij geluisterd.
De rechter in {rechtbank:breda} was streng.
Het gerechtshof {rechtbank:Arnhem-Leeuwarden} heeft het hoger beroep afgewezen.
bij de rechtbank {rechtbank:limburg} was het kort
De zitting in {rechtbank:Lelystad} duurde tien minuten.
# ---------------------------------------------------------------- issue 9: schools
Ik zit op {school:sbo De Springplank} en dat gaat goed.
Mijn zoon zit op {school:vso het Mozaïek}.
ik ga naar {school:obs de regenboog}
mijn zus zit op het {school:stedelijk lyceum} in de tweede
Ik ga naar {school:so De Piramide}.
mijn broer zit op {school:het ichthus college}
# ---------------------------------------------------------------- issue 9: names of the communities youth care serves
{naam:Ayoub} van de groep was altijd aardig.
Ik mis {naam:Habtom} heel erg.
{naam:Rigency} en ik hadden vaak ruzie.
Het gesprek met {naam:Tesfalem Gebremedhin} was goed.
Mijn begeleider {naam:Ilham} snapt mij.
Ik vond {naam:Nilton Fernandes} een goede hulpverlener.
{naam:Zuzanna} komt uit Polen en spreekt nog weinig Nederlands.
Wij zijn blij met {naam:Hatice Yıldız}.
ik heb {naam_klein:meron} al een maand niet gezien
{naam_klein:keithley} en {naam_klein:shurwin} maken altijd ruzie
mijn vriendin {naam_rol:nour} mag niet meer komen
Mevrouw {naam_rol:bouzid} heeft het verslag geschreven.
meneer {naam_rol:van dijk} van school belde mijn moeder
Mijn voogd {naam_rol:wahid} belt nooit terug.
Ik zat bij {naam:Abdullahi} in de klas.
Met {naam:Sharda} kon ik altijd praten.
{naam:Mateusz} was mijn mentor.
Gisteren belde {naam:Mebrahtu} over de afspraak.
Ik wil {naam:Selam} terugzien.
{naam:Jeremiah} en ik zaten samen op de groep.
{naam:Fleur} zei dat ik mocht blijven.
{naam:Jade} en ik zitten in dezelfde klas.
Gisteren kwam {naam:Vos} van de gemeente langs.
Ik sprak met meneer {naam:Jannsen} maar hij wist van niks.
{naam:Sterre} belde mij na het gesprek.
# ---------------------------------------------------------------- issue 9: ALL CAPS
{naam:DEWI} LUISTERT NOOIT
IK WIL {naam:PIETER BAKKER} NIET MEER ZIEN
WAAROM IS {naam:ANOUK} WEG
BEL MIJN MOEDER {naam_rol:FATIMA} MAAR
WE WONEN IN {plaats:APELDOORN}
IK MIS {naam:SANNE VAN DER BERG} ZO ERG
WAAROM MOEST {naam:THIJS DE GROOT} WEG
IK WOON OP DE {adres:KERKSTRAAT 12}
Gisteren belde {naam:DAMIAN} weer niet terug
mijn stiefvader {naam_rol:marek kowalczyk} kwam ook mee
mijn begelijder {naam_rol:tsega} snapt me echt
de gezinsvoogd mevrouw {naam_rol:ouali} belde nooit terug
juf {naam_rol:de graaf} was de enige die luisterde
onze mentor {naam_rol:van der meulen} stuurde de mails naar het oude adres
opa {naam_rol:de koning} mag eindelijk weer op bezoek
Ik heb {naam:Kofi} en {naam:Abenaa} gesproken over de afspraken.
{naam:Precious} is vertrokken en dat vind ik jammer.
Graag wil ik {naam:Hanna}, de invalster, bedanken voor haar geduld.
{naam:Abena} 🌸 dankjewel voor alles
{naam:Ben} is de eerste die echt luisterde, ik vind hem top.
Ik vond het fijn dat {naam:Wil} gewoon eerlijk was, dat deed ze altijd.
MEVROUW {naam_rol:WINTER} HEEFT ONS GOED GEHOLPEN
Mijn zoon heeft {naam:Mercy} als mentor en dat klikt.
sinds {naam:kees} onze voogd is gaat het beter
{naam:roos} belde gisteren nog, ze is echt lief
echt blij met {naam:fleur}, ze nam altijd de tijd
Dank je {naam:Storm}, voor al je geduld met ons.
mvg fam. {naam_rol:de graaf}
Na het gesprek zei {naam:Bloem} dat ze het ging regelen.
onze {naam:jet} heeft een 7 gehaald!!
we hadden eerst {naam:hodan} als begeleider en die was top
ik en {naam:joy} zijn nu beste vriendinnen
{naam:pieters} van de gemeente heeft de aanvraag laten liggen
we hadden {naam:mart}, {naam:Fenna} en {naam:Rik} als begeleiders
Onze voogdes {naam:Semira} was altijd eerlijk.
Mijn moeder, {naam:Grace}, heeft lang gewacht op een tolk.
IK WIL EEN ANDERE VOOGD DAN {naam:DE WIT}, HIJ LUISTERT NIET
{naam:STORM} BEGRIJPT MIJ EN DAT IS ZELDZAAM
op mijn insta ({account:noor.v2009}) staan fotos
IK BEN AL LANG {leeftijd:18}!!
ik ben in {datum:2005} geboren en word dit jaar dus {leeftijd:21}
Volgens het verslag kwamen we op {datum_zonder_jaar:7-10} voor het eerst.
IK ZIT OP HET {school:PRINS WILLEM II COLLEGE} EN HEB MIJN DIPLOMA
discord {account:lotteGG} als je wil gamen
de auto van de begeleider ({kenteken:gf 318 t}) stond er weer
klachtnummer {zaaknummer:2025/KB/00412} en er is niks gebeurd
DOSSIER {zaaknummer:JB-UT 21-33415}, GRAAG REACTIE
de zitting is verplaatst naar {datum_zonder_jaar:14-08}, midden in de vakantie
de kinderen zijn geboren in {datum:2013} en {datum:2015}
{naam:ilse} ({leeftijd:11}) zegt dat ze het leuk vond
de jongere, {naam:Youssef}, inmiddels {leeftijd:18 jaar} is, wil zelf beslissen
wij zijn al {leeftijd:68} en {leeftijd:71}, dat is zwaar
BEDANKT VOOR ALLES! FAMILIE {naam:OSEI}
we wonen op de {adres:meester van der veldestraat} en het is druk
tiktok {account:lindaxstyle} 💅 kijk maar
ALLE POST NAAR KERKSTRAAT 4, {postcode:1066 CM} AMSTERDAM
Ons registratienummer is {zaaknummer:2024-ZH-08812}.
dat ik na mn {leeftijd:18e} ineens niks meer had
Mijn pleegkinderen ({leeftijd:5} en {leeftijd:8}) hadden veel wisselingen.
de opvang zat aan de ({adres:Molenweg}), dat weet iedereen
de jeugdbeschermer {naam_rol:van dijk} zei dat het goed kwam
mijn school is nu {school:Wellant College Westplas}, stage loopt goed
ik zat op het {school:Stedelijk Dalton} maar ben gewisseld
mijn zoon zit op het {school:velesan colege} en de mentor belt vaak
mijn zoon gaat naar {school:vmbo calvijn} en dat gaat goed
Stuur het naar Kerkstraat 4, {postcode:7941 AB} {plaats:meppel}.
{naam:Stijn} mijn zoontje wilde niet naar binnen.
Ik hoop dat {naam:Noa} echt blijft, ze doet het goed.
{naam:Nadira Osmanović} heeft ons enorm geholpen.
WE MISSEN {naam:FLEUR} ECHT
Mijn voogd {naam_rol:GIDEON} komt nooit op tijd
# ---------------------------------------------------------------- mixed: several kinds in one comment
Mijn voogd {naam_rol:sanne} belde nooit terug, bel me op {telefoonnummer:06 1234 5678}.
We wonen op de {adres:Kerkstraat 12} in {plaats:Ede}, postcode {postcode:6711 AB}.
Mail {e-mailadres:jayden.b@gmail.com} of bel {telefoonnummer:06-87654321} na {datum_zonder_jaar:5 mei}.
{naam:Pieter} van {instelling:Jeugdbescherming Gelderland} zei dat mijn BSN {bsn:527239380} fout was.
Ik zit op {school:basisschool De Regenboog} en {naam_klein:lisa} is mijn beste vriendin.
Mijn moeder {naam_rol:Ingrid} woont in {plaats:Zwolle} op {adres:Thorbeckegracht 9}.
Stort het op {iban:NL30RABO6205798682} voor {datum:1 april 2024} alsjeblieft.
Kijk op {url:www.mijnverhaal.nl} of mail {e-mailadres:info@mijnverhaal.nl}.
ONZE NIEUWE POSTCODE IS {postcode:7411 KT}, GRAAG AANPASSEN
Adres: Dorpsstraat 4, {postcode:3741-BN} Baarn.
zijn auto {kenteken:52RTJ7} staat elke avond voor ons huis
ff vragen: is {kenteken:TZ8812} de auto van de nieuwe begeleider?
de bus met {kenteken:g208kd} kwam mij ophalen
ik kreeg een brief met {zaaknummer:AWB 24/33817} erop en snap er niks van
Mijn klantnummer bij de gemeente is {nummer:4410-112}, dat wist niemand.
dossiernummer {nummer:vt 22.9913} hoort niet bij mij
mijn discord is {account:nachtuil#2281} als je wil praten
snap → {account:mo_r2009} stuur maar
mijn spotify heet {account:lien.sad.songs} als je wil luisteren
er zat een jongen die {account:xx_pluggeboy_xx} heet in haar chat
Mijn gamertag is {account:xXDarkKnightXx} haha
mail maar naar {e-mailadres:fatma.k at hotmail punt com} dat lees ik wel
mijn mail {e-mailadres:jorrit-03[at]live[dot]nl} werkt weer
Ons kenmerk: casenummer {zaaknummer:GI-AMS-2024-0087}, graag vermelden.
de insta van mijn zus is {account:sterre.vd.b_} dus kijk maar
"""


# Held-out set: written after the regex layer was tuned on _RAW, and not used for
# tuning; its recall is reported separately ("held-out" rows of the table).
_HELDOUT_RAW = r"""
Ik heb {naam:Jesse} al een maand niet gezien op de groep.
Toen {naam:Sara Yilmaz} kwam werd alles beter.
Het was fijn met {naam:Nienke} en {naam:Tom}, zij snapten mij.
Na de zomer kreeg ik {naam:Rianne Bos} als nieuwe begeleider.
{naam:Mustafa} is de enige die echt naar mij luistert.
Ik wil dat {naam:Lieke Kramer} mijn voogd blijft.
ik mis {naam_klein:noah} heel erg sinds hij weg is
volgens mij is {naam_klein:ilona} de beste begeleider
{naam_klein:thomas} doet altijd zo streng tegen mij
ik mocht van {naam_klein:annelies} eindelijk naar huis
waarom is {naam_klein:mirjam} weggegaan zonder gedag te zeggen
ik en {naam_klein:zoë} hebben samen een klacht ingediend
Mijn jeugdzorgwerker {naam_rol:Kirsten} snapt er niks van.
Mijn pleegvader {naam_rol:Marco} is streng maar eerlijk.
Onze juf {naam_rol:marjan} heeft de melding gedaan.
Mijn oom {naam_rol:Hassan} wil voor mij zorgen.
Mijn vriendin {naam_rol:Jill} mag niet meer komen logeren.
De behandelaar, dokter {naam_rol:Verhoeven}, heeft mij nooit gesproken.
Je kan me bellen op {telefoonnummer:06-2345 6789} na school.
Bel mijn moeder {telefoonnummer:06 876 543 21} want ik heb geen beltegoed.
Het nummer {telefoonnummer:+31 (0) 6 12 34 56 78} klopt niet meer.
Mijn oma bellen kan op {telefoonnummer:0513-612345}.
Ik heb al tien keer {telefoonnummer:088-1234567} gebeld.
Mijn nieuwe nummer is {telefoonnummer:06 12 34 56 78}.
Of {telefoonnummer:0031-6-11223344} voor mijn vader.
Mijn mail is {e-mailadres:xx.lotte.xx@hotmail.nl} en ik lees hem elke dag.
Stuur naar {e-mailadres:j.vanderberg@zorg-oost.care} alsjeblieft.
Mail me via {e-mailadres:dylan_2008@yahoo.co.uk}.
Het adres {e-mailadres:voogd.team3@jeugdbescherming.nl} werkt niet.
Je kan mij bereiken op {e-mailadres:S.Bakker@Gmail.Com}.
Ik mail met {e-mailadres:gezinshuis.de.zon@online.nl}.
Mijn BSN {bsn:262455407} staat op mijn pas.
burgerservicenummer: {bsn:732 566 551}
De brief had mijn nummer {bsn:545.921.235} erop staan.
Mijn bsn is {bsn:813128006} en dat van mijn zus ook ongeveer.
Bsn {bsn:8314.72.844} hoort bij mijn broertje.
Het geld gaat naar {iban:NL40 INGB 5167 6122 20} maar dat is niet mijn rekening.
Mijn rekening {iban:NL05ASNB2972997528} graag gebruiken.
IBAN {iban:nl29 bunq 8200 1826 33} van mijn oma.
Stort op {iban:NL63SNSB0434839548}.
Rekeningnummer: {iban:NL09 INGB 8288 0729 02}
Mijn postcode is {postcode:3512JK} en huisnummer 4.
We zitten nu in {postcode:7522 NB}.
Brieven naar {postcode:2312BS} komen niet aan.
De postcode {postcode:5038 tk} is van mijn vader.
Vlakbij {postcode:1097DN} is een park.
Mijn adres is {adres:Hoogstraat 1}, kom maar langs.
Ik woon nu bij mijn tante op de {adres:Vondellaan 112}.
De brief moet naar {adres:Groenestraat 76 a} in {plaats:Nijmegen}.
We verhuizen naar de {adres:Graaf Adolfstraat 8}.
Het kantoor op {adres:Catharijnesingel 47} is moeilijk te vinden.
Ik wil weer op de {adres:Nieuwe Binnenweg 150} wonen.
Ik woon nu in {plaats:Kampen} maar mijn school is in {plaats:Zwolle}.
Het is ver van {plaats:Haarlem} naar de groep.
Mijn vader woont in {plaats:Groningen}.
We gaan verhuizen naar {plaats:Lelystad}.
In {plaats:Gouda} was de begeleiding beter.
Mijn oma in {plaats:Maastricht} mis ik.
De uitspraak kwam op {datum:16-05-2023}.
Ik ben op {datum:4 november 2008} geboren.
Op {datum:20/09/2023} kreeg ik een nieuwe voogd.
Vanaf {datum:januari 2024} woon ik op mezelf.
Het gesprek was op {datum:vrijdag 12 april 2024}.
Ik ben op {datum_zonder_jaar:28 februari} jarig.
Sinds {datum_zonder_jaar:1 juni} heb ik niemand gesproken.
Op {datum_zonder_jaar:maandag 3 juli} was de zitting.
Tot {datum_zonder_jaar:15 sept} mag ik blijven.
Mijn zusje is op {datum_zonder_jaar:9 mei} jarig.
Ik ben {leeftijd:15} jaar en wil zelf kiezen.
Mijn broer is {leeftijd:20} jaar en woont alleen.
Ik was {leeftijd:10} jaar toen ik uit huis ging.
Kijk op {url:www.jongerenraad-zuid.nl/verslag} voor de notulen.
Mijn filmpje staat op {url:https://www.youtube.com/watch?v=abc123XYZ}.
Zie {url:linktr.ee/sanne.b} voor mijn socials.
De site {url:mijnvoogd.com} is van mij.
Ik zit op {school:basisschool Het Klavier}.
Mijn broer gaat naar {school:RSG Broklede}.
Op het {school:Vathorst College} hebben ze mij geschorst.
Ik zit op {school:OBS De Klimop} in groep 6.
Het {school:Rembrandt College} belde niet terug.
Ik ga naar {school:ROC van Amsterdam} voor de opleiding.
Ik zat bij {instelling:Entrea Lindenhout} voor dagbehandeling.
Bij {instelling:Jeugdformaat} hebben ze mij geholpen.
Mijn zus zit bij {instelling:Kenter Jeugdhulp}.
Ik ging naar {instelling:GGZ Centraal} voor gesprekken.
We kregen hulp van {instelling:Stichting Timon}.
Ik heb in {instelling:Het Poortje} gezeten.
Mijn dossier heeft nummer {nummer:20190034}.
Ik kreeg klantnummer {nummer:11223344} maar er gebeurde niks.
Ref. {nummer:9876543} gebruiken als je belt.
Mijn pasnummer is {nummer:44556677}.
"""

_MARK = re.compile(r"\{([a-z_-]+):([^{}]+)\}")


@dataclass(frozen=True)
class Planted:
    category: str
    value: str
    start: int = -1  # offsets of the value in the case's text (-1: unknown)
    end: int = -1


@dataclass(frozen=True)
class Case:
    text: str
    planted: tuple[Planted, ...]
    style: str = ""


def _parse(raw: str) -> list[Case]:
    cases = []
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        text, planted = _unmark(line)
        for p in planted:
            if p.category not in CATEGORIES:
                raise ValueError(f"unknown category {p.category!r} in test data")
        cases.append(Case(text, planted))
    return cases


def _unmark(line: str) -> tuple[str, tuple[Planted, ...]]:
    """The text without its markers, and every planted value with its offsets in it."""
    out: list[str] = []
    planted: list[Planted] = []
    pos = length = 0
    for m in _MARK.finditer(line):
        out.append(line[pos:m.start()])
        length += m.start() - pos
        planted.append(Planted(m.group(1), m.group(2), length, length + len(m.group(2))))
        out.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), tuple(planted)


def _parse_json(path: Path) -> list[Case]:
    """Held-out cases (``tests/deid_heldout/*.json``): the same inline markers, one object
    per comment with its ``style``."""
    cases = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        text, planted = _unmark(item["text"])
        cases.append(Case(text, planted, item.get("style", "")))
    return cases


DEV_CASES: list[Case] = _parse(_RAW)
HELDOUT_CASES: list[Case] = _parse(_HELDOUT_RAW)
CASES: list[Case] = DEV_CASES + HELDOUT_CASES
# The tuning part: every case above (the earlier "held-out" lines were tuned on since).
TUNING_CASES: list[Case] = CASES

# Issue 9's held-out part, written before its rule changes and never tuned on.
HELDOUT_DIR = Path(__file__).resolve().parent / "deid_heldout"
HELDOUT_I9: list[Case] = _parse_json(HELDOUT_DIR / "planted.json")
HELDOUT_I9_CLEAN: list[str] = [c.text for c in _parse_json(HELDOUT_DIR / "clean.json")]


def load_set(name: str) -> tuple[list[Case], list[str]]:
    """A set folder in tests/ (``planted.json``, ``clean.json``): cases and clean texts."""
    folder = Path(__file__).resolve().parent / name
    return (_parse_json(folder / "planted.json"),
            [c.text for c in _parse_json(folder / "clean.json")])


# Written independently of the rules by helper sessions that never saw the code
# (tests/deid_tuning2/README.md, tests/deid_heldout2/README.md). The tuning sets are
# developed on; the held-out ones only report aggregate figures.
TUNING2, TUNING2_CLEAN = load_set("deid_tuning2")
TUNING3, TUNING3_CLEAN = load_set("deid_tuning3")
TUNING4, TUNING4_CLEAN = load_set("deid_tuning4")  # written as held-out set 2, opened since
TUNING5, TUNING5_CLEAN = load_set("deid_tuning5")  # written as held-out set 3, opened since
TUNING6, TUNING6_CLEAN = load_set("deid_tuning6")  # written as held-out set 4, opened since
TUNING7, TUNING7_CLEAN = load_set("deid_tuning7")  # written as held-out set 5, opened since
TUNING8, TUNING8_CLEAN = load_set("deid_tuning8")  # held-out set 6, opened after its blind measurement
TUNING9, TUNING9_CLEAN = load_set("deid_tuning9")  # held-out set 8, opened after its blind measurement
TUNING10, TUNING10_CLEAN = load_set("deid_tuning10")  # held-out set 7, opened after its blind measurement
TUNING11, TUNING11_CLEAN = load_set("deid_tuning11")  # held-out set 10, opened after its blind measurement
TUNING12, TUNING12_CLEAN = load_set("deid_tuning12")  # held-out set 11, opened after its blind measurement
TUNING13, TUNING13_CLEAN = load_set("deid_tuning13")  # held-out set 12, opened after its blind measurement
TUNING14, TUNING14_CLEAN = load_set("deid_tuning14")  # held-out set 13, opened after its blind measurement
TUNING15, TUNING15_CLEAN = load_set("deid_tuning15")  # held-out set 14, opened after its blind measurement
TUNING16, TUNING16_CLEAN = load_set("deid_tuning16")  # held-out set 17, opened after its blind measurement
TUNING17, TUNING17_CLEAN = load_set("deid_tuning17")  # held-out set 18, opened after its blind measurement
TUNING18, TUNING18_CLEAN = load_set("deid_tuning18")  # held-out set 19, opened after its blind measurement
TUNING19, TUNING19_CLEAN = load_set("deid_tuning19")  # held-out set 20, opened after its blind measurement
TUNING20, TUNING20_CLEAN = load_set("deid_tuning20")  # held-out set 21, opened after its blind measurement
TUNING21, TUNING21_CLEAN = load_set("deid_tuning21")  # held-out set 22, opened after its blind measurement
TUNING22, TUNING22_CLEAN = load_set("deid_tuning22")  # held-out set 23, opened after its blind measurement
TUNING23, TUNING23_CLEAN = load_set("deid_tuning23")  # held-out set 25, opened after its blind measurement
TUNING24, TUNING24_CLEAN = load_set("deid_tuning24")  # held-out set 26, opened after its blind measurement
TUNING25, TUNING25_CLEAN = load_set("deid_tuning25")  # held-out set 27, opened after its blind measurement
TUNING26, TUNING26_CLEAN = load_set("deid_tuning26")  # held-out set 28, opened after its blind measurement
TUNING27, TUNING27_CLEAN = load_set("deid_tuning27")  # held-out set 29, opened after its blind measurement
TUNING28, TUNING28_CLEAN = load_set("deid_tuning28")  # held-out set 30, opened after its blind measurement
TUNING29, TUNING29_CLEAN = load_set("deid_tuning29")  # held-out set 31, opened after its blind measurement
TUNING30, TUNING30_CLEAN = load_set("deid_tuning30")  # held-out set 32, opened after its blind measurement
TUNING31, TUNING31_CLEAN = load_set("deid_tuning31")  # held-out set 33, opened after its blind measurement
TUNING32, TUNING32_CLEAN = load_set("deid_tuning32")  # held-out set 34, opened after its blind measurement
TUNING33, TUNING33_CLEAN = load_set("deid_tuning33")  # held-out set 37, opened after its blind measurement
TUNING34, TUNING34_CLEAN = load_set("deid_tuning34")  # held-out set 38, opened after its blind measurement
TUNING35, TUNING35_CLEAN = load_set("deid_tuning35")  # held-out set 39, opened after its blind measurement
TUNING36, TUNING36_CLEAN = load_set("deid_tuning36")  # held-out set 40, opened after its blind measurement
TUNING37, TUNING37_CLEAN = load_set("deid_tuning37")  # held-out set 41, opened after its blind measurement
TUNING38, TUNING38_CLEAN = load_set("deid_tuning38")  # held-out set 42, opened after its blind measurement
TUNING39, TUNING39_CLEAN = load_set("deid_tuning39")  # held-out set 43, opened after its blind measurement
TUNING40, TUNING40_CLEAN = load_set("deid_tuning40")  # held-out set 44, opened after its blind measurement
TUNING41, TUNING41_CLEAN = load_set("deid_tuning41")  # held-out set 45, opened after its blind measurement
TUNING42, TUNING42_CLEAN = load_set("deid_tuning42")  # held-out set 46, opened after its blind measurement
TUNING43, TUNING43_CLEAN = load_set("deid_tuning43")  # held-out set 47, opened after its blind measurement
TUNING44, TUNING44_CLEAN = load_set("deid_tuning44")  # held-out set 48, opened after its blind measurement
TUNING45, TUNING45_CLEAN = load_set("deid_tuning45")  # held-out set 49, opened after its blind measurement
TUNING46, TUNING46_CLEAN = load_set("deid_tuning46")  # held-out set 50, opened after its blind measurement
TUNING47, TUNING47_CLEAN = load_set("deid_tuning47")  # held-out set 51, opened after its blind measurement
TUNING48, TUNING48_CLEAN = load_set("deid_tuning48")  # held-out set 52, opened after its blind measurement
TUNING49, TUNING49_CLEAN = load_set("deid_tuning49")  # held-out set 53, opened after its blind measurement
TUNING50, TUNING50_CLEAN = load_set("deid_tuning50")  # held-out set 54, opened after its blind measurement
TUNING51, TUNING51_CLEAN = load_set("deid_tuning51")  # held-out set 55, opened after its blind measurement
TUNING52, TUNING52_CLEAN = load_set("deid_tuning52")  # held-out set 56, opened after its blind measurement
TUNING53, TUNING53_CLEAN = load_set("deid_tuning53")  # held-out set 57, opened after its blind measurement
TUNING54, TUNING54_CLEAN = load_set("deid_tuning54")  # held-out set 58, opened after its blind measurement
TUNING55, TUNING55_CLEAN = load_set("deid_tuning55")  # held-out set 59, opened after its blind measurement
TUNING56, TUNING56_CLEAN = load_set("deid_tuning56")  # held-out set 60, opened after its blind measurement
TUNING57, TUNING57_CLEAN = load_set("deid_tuning57")  # held-out set 61, opened after its blind measurement
TUNING58, TUNING58_CLEAN = load_set("deid_tuning58")  # held-out set 62, opened after its blind measurement
TUNING59, TUNING59_CLEAN = load_set("deid_tuning59")  # held-out set 63, opened after its blind measurement
TUNING60, TUNING60_CLEAN = load_set("deid_tuning60")  # held-out set 64, opened after its blind measurement
TUNING61, TUNING61_CLEAN = load_set("deid_tuning61")  # held-out set 65, opened after its blind measurement
TUNING62, TUNING62_CLEAN = load_set("deid_tuning62")  # held-out set 66, opened after its blind measurement
TUNING63, TUNING63_CLEAN = load_set("deid_tuning63")  # held-out set 67, opened after its blind measurement
TUNING64, TUNING64_CLEAN = load_set("deid_tuning64")  # held-out set 68, opened after its blind measurement
TUNING65, TUNING65_CLEAN = load_set("deid_tuning65")  # held-out set 69, opened after its blind measurement
TUNING66, TUNING66_CLEAN = load_set("deid_tuning66")  # held-out set 70, opened after its blind measurement
TUNING67, TUNING67_CLEAN = load_set("deid_tuning67")  # held-out set 71, opened after its blind measurement
TUNING68, TUNING68_CLEAN = load_set("deid_tuning68")  # held-out set 72, opened after its blind measurement
TUNING69, TUNING69_CLEAN = load_set("deid_tuning69")  # held-out set 73, opened after its blind measurement
TUNING70, TUNING70_CLEAN = load_set("deid_tuning70")  # held-out set 74, opened after its blind measurement
TUNING71, TUNING71_CLEAN = load_set("deid_tuning71")  # held-out set 75, opened after its blind measurement
TUNING72, TUNING72_CLEAN = load_set("deid_tuning72")  # held-out set 76, opened after its blind measurement
TUNING73, TUNING73_CLEAN = load_set("deid_tuning73")  # held-out set 77, opened after its blind measurement
TUNING74, TUNING74_CLEAN = load_set("deid_tuning74")  # held-out set 78, opened after its blind measurement
TUNING75, TUNING75_CLEAN = load_set("deid_tuning75")  # held-out set 79, opened after its blind measurement
TUNING76, TUNING76_CLEAN = load_set("deid_tuning76")  # held-out set 80, opened after its blind measurement
TUNING77, TUNING77_CLEAN = load_set("deid_tuning77")  # held-out set 81, opened after its blind measurement
TUNING78, TUNING78_CLEAN = load_set("deid_tuning78")  # held-out set 82, opened after its blind measurement
TUNING79, TUNING79_CLEAN = load_set("deid_tuning79")  # held-out set 83, opened after its blind measurement
TUNING80, TUNING80_CLEAN = load_set("deid_tuning80")  # held-out set 84, opened after its blind measurement
TUNING81, TUNING81_CLEAN = load_set("deid_tuning81")  # held-out set 85, opened after its blind measurement
TUNING82, TUNING82_CLEAN = load_set("deid_tuning82")  # held-out set 86, opened after its blind measurement
TUNING83, TUNING83_CLEAN = load_set("deid_tuning83")  # held-out set 87, opened after its blind measurement
TUNING84, TUNING84_CLEAN = load_set("deid_tuning84")  # held-out set 88, opened after its blind measurement
TUNING85, TUNING85_CLEAN = load_set("deid_tuning85")  # held-out set 89, opened after its blind measurement
TUNING86, TUNING86_CLEAN = load_set("deid_tuning86")  # held-out set 9, opened after its blind measurement
TUNING87, TUNING87_CLEAN = load_set("deid_tuning87")  # held-out set 15, opened after its blind measurement
TUNING88, TUNING88_CLEAN = load_set("deid_tuning88")  # held-out set 16, opened after its blind measurement
TUNING89, TUNING89_CLEAN = load_set("deid_tuning89")  # held-out set 24, opened after its blind measurement
TUNING90, TUNING90_CLEAN = load_set("deid_tuning90")  # held-out set 35, opened after its blind measurement
TUNING91, TUNING91_CLEAN = load_set("deid_tuning91")  # held-out set 36, opened after its blind measurement
TUNING92, TUNING92_CLEAN = load_set("deid_tuning92")  # held-out set 94, opened after its blind measurement
TUNING93, TUNING93_CLEAN = load_set("deid_tuning93")  # held-out set 95, opened after its blind measurement
TUNING94, TUNING94_CLEAN = load_set("deid_tuning94")  # held-out set 96, opened after its blind measurement
TUNING95, TUNING95_CLEAN = load_set("deid_tuning95")  # held-out set 97, opened after its blind measurement
TUNING96, TUNING96_CLEAN = load_set("deid_tuning96")  # held-out set 98, opened after its blind measurement
TUNING97, TUNING97_CLEAN = load_set("deid_tuning97")  # held-out set 99, opened after its blind measurement
TUNING98, TUNING98_CLEAN = load_set("deid_tuning98")  # held-out set 100, opened after its blind measurement
TUNING99, TUNING99_CLEAN = load_set("deid_tuning99")  # held-out set 101, opened after its blind measurement
TUNING100, TUNING100_CLEAN = load_set("deid_tuning100")  # held-out set 102, opened after its blind measurement
TUNING101, TUNING101_CLEAN = load_set("deid_tuning101")  # held-out set 103, opened after its blind measurement
TUNING102, TUNING102_CLEAN = load_set("deid_tuning102")  # held-out set 104, opened after its blind measurement
TUNING103, TUNING103_CLEAN = load_set("deid_tuning103")  # held-out set 105, opened after its blind measurement
TUNING104, TUNING104_CLEAN = load_set("deid_tuning104")  # held-out set 106, opened after its blind measurement
TUNING105, TUNING105_CLEAN = load_set("deid_tuning105")  # held-out set 107, opened after its blind measurement
TUNING106, TUNING106_CLEAN = load_set("deid_tuning106")  # held-out set 108, opened after its blind measurement
TUNING107, TUNING107_CLEAN = load_set("deid_tuning107")  # held-out set 109, opened after its blind measurement
TUNING108, TUNING108_CLEAN = load_set("deid_tuning108")  # held-out set 110, opened after its blind measurement
TUNING109, TUNING109_CLEAN = load_set("deid_tuning109")  # held-out set 111, opened after its blind measurement
TUNING110, TUNING110_CLEAN = load_set("deid_tuning110")  # held-out set 112, opened after its blind measurement
TUNING111, TUNING111_CLEAN = load_set("deid_tuning111")  # held-out set 113, opened after its blind measurement
TUNING112, TUNING112_CLEAN = load_set("deid_tuning112")  # held-out set 118, opened after its blind measurement
TUNING113, TUNING113_CLEAN = load_set("deid_tuning113")  # held-out set 119, opened after its blind measurement
TUNING114, TUNING114_CLEAN = load_set("deid_tuning114")  # held-out set 120, opened after its blind measurement
TUNING115, TUNING115_CLEAN = load_set("deid_tuning115")  # held-out set 121, opened after its blind measurement
TUNING116, TUNING116_CLEAN = load_set("deid_tuning116")  # held-out set 122, opened after its blind measurement
TUNING117, TUNING117_CLEAN = load_set("deid_tuning117")  # held-out set 123, opened after its blind measurement
TUNING118, TUNING118_CLEAN = load_set("deid_tuning118")  # held-out set 124, opened after its blind measurement
TUNING119, TUNING119_CLEAN = load_set("deid_tuning119")  # held-out set 125, opened after its blind measurement
TUNING120, TUNING120_CLEAN = load_set("deid_tuning120")  # held-out set 126, opened after its blind measurement
TUNING121, TUNING121_CLEAN = load_set("deid_tuning121")  # held-out set 127, opened after its blind measurement
TUNING122, TUNING122_CLEAN = load_set("deid_tuning122")  # held-out set 128, opened after its blind measurement
TUNING123, TUNING123_CLEAN = load_set("deid_tuning123")  # held-out set 129, opened after its blind measurement
TUNING124, TUNING124_CLEAN = load_set("deid_tuning124")  # held-out set 130, opened after its blind measurement
TUNING125, TUNING125_CLEAN = load_set("deid_tuning125")  # held-out set 131, opened after its blind measurement
TUNING126, TUNING126_CLEAN = load_set("deid_tuning126")  # held-out set 132, opened after its blind measurement
TUNING127, TUNING127_CLEAN = load_set("deid_tuning127")  # held-out set 133, opened after its blind measurement
TUNING128, TUNING128_CLEAN = load_set("deid_tuning128")  # held-out set 134, opened after its blind measurement
TUNING129, TUNING129_CLEAN = load_set("deid_tuning129")  # held-out set 135, opened after its blind measurement
TUNING130, TUNING130_CLEAN = load_set("deid_tuning130")  # held-out set 136, opened after its blind measurement
TUNING131, TUNING131_CLEAN = load_set("deid_tuning131")  # held-out set 137, opened after its blind measurement
TUNING132, TUNING132_CLEAN = load_set("deid_tuning132")  # held-out set 138, opened after its blind measurement
TUNING133, TUNING133_CLEAN = load_set("deid_tuning133")  # held-out set 139, opened after its blind measurement
TUNING134, TUNING134_CLEAN = load_set("deid_tuning134")  # held-out set 140, opened after its blind measurement
TUNING135, TUNING135_CLEAN = load_set("deid_tuning135")  # held-out set 142, opened after its blind measurement
TUNING136, TUNING136_CLEAN = load_set("deid_tuning136")  # held-out set 146, opened after its blind measurement
TUNING137, TUNING137_CLEAN = load_set("deid_tuning137")  # held-out set 147, opened after its blind measurement
TUNING138, TUNING138_CLEAN = load_set("deid_tuning138")  # held-out set 148, opened after its blind measurement
TUNING139, TUNING139_CLEAN = load_set("deid_tuning139")  # held-out set 149, opened after its blind measurement
TUNING140, TUNING140_CLEAN = load_set("deid_tuning140")  # held-out set 114, opened after its blind measurement
TUNING141, TUNING141_CLEAN = load_set("deid_tuning141")  # held-out set 115, opened after its blind measurement
TUNING142, TUNING142_CLEAN = load_set("deid_tuning142")  # held-out set 116, opened after its blind measurement
TUNING143, TUNING143_CLEAN = load_set("deid_tuning143")  # held-out set 117, opened after its blind measurement
TUNING144, TUNING144_CLEAN = load_set("deid_tuning144")  # held-out set 154, opened after its blind measurement
TUNING145, TUNING145_CLEAN = load_set("deid_tuning145")  # held-out set 155, opened after its blind measurement
TUNING146, TUNING146_CLEAN = load_set("deid_tuning146")  # held-out set 156, opened after its blind measurement
TUNING147, TUNING147_CLEAN = load_set("deid_tuning147")  # held-out set 157, opened after its blind measurement
TUNING148, TUNING148_CLEAN = load_set("deid_tuning148")  # held-out set 158, opened after its blind measurement
TUNING149, TUNING149_CLEAN = load_set("deid_tuning149")  # held-out set 159, opened after its blind measurement
TUNING150, TUNING150_CLEAN = load_set("deid_tuning150")  # held-out set 160, opened after its blind measurement
TUNING151, TUNING151_CLEAN = load_set("deid_tuning151")  # held-out set 161, opened after its blind measurement
TUNING152, TUNING152_CLEAN = load_set("deid_tuning152")  # held-out set 162, opened after its blind measurement
TUNING153, TUNING153_CLEAN = load_set("deid_tuning153")  # held-out set 163, opened after its blind measurement
TUNING154, TUNING154_CLEAN = load_set("deid_tuning154")  # held-out set 164, opened after its blind measurement
TUNING155, TUNING155_CLEAN = load_set("deid_tuning155")  # held-out set 165, opened after its blind measurement
TUNING156, TUNING156_CLEAN = load_set("deid_tuning156")  # held-out set 166, opened after its blind measurement
TUNING157, TUNING157_CLEAN = load_set("deid_tuning157")  # held-out set 167, opened after its blind measurement
TUNING158, TUNING158_CLEAN = load_set("deid_tuning158")  # held-out set 168, opened after its blind measurement
TUNING159, TUNING159_CLEAN = load_set("deid_tuning159")  # held-out set 169, opened after its blind measurement
TUNING160, TUNING160_CLEAN = load_set("deid_tuning160")  # held-out set 170, opened after its blind measurement
TUNING161, TUNING161_CLEAN = load_set("deid_tuning161")  # held-out set 171, opened after its blind measurement
TUNING162, TUNING162_CLEAN = load_set("deid_tuning162")  # held-out set 172, opened after its blind measurement
TUNING163, TUNING163_CLEAN = load_set("deid_tuning163")  # held-out set 173, opened after its blind measurement
TUNING164, TUNING164_CLEAN = load_set("deid_tuning164")  # held-out set 174, opened after its blind measurement
TUNING165, TUNING165_CLEAN = load_set("deid_tuning165")  # held-out set 175, opened after its blind measurement
TUNING166, TUNING166_CLEAN = load_set("deid_tuning166")  # held-out set 176, opened after its blind measurement
TUNING167, TUNING167_CLEAN = load_set("deid_tuning167")  # held-out set 177, opened after its blind measurement
TUNING168, TUNING168_CLEAN = load_set("deid_tuning168")  # held-out set 178, opened after its blind measurement
TUNING169, TUNING169_CLEAN = load_set("deid_tuning169")  # held-out set 179, opened after its blind measurement
TUNING170, TUNING170_CLEAN = load_set("deid_tuning170")  # held-out set 180, opened after its blind measurement
TUNING171, TUNING171_CLEAN = load_set("deid_tuning171")  # held-out set 181, opened after its blind measurement
TUNING172, TUNING172_CLEAN = load_set("deid_tuning172")  # held-out set 182, opened after its blind measurement
TUNING173, TUNING173_CLEAN = load_set("deid_tuning173")  # held-out set 183, opened after its blind measurement
TUNING174, TUNING174_CLEAN = load_set("deid_tuning174")  # held-out set 184, opened after its blind measurement
TUNING175, TUNING175_CLEAN = load_set("deid_tuning175")  # held-out set 185, opened after its blind measurement
TUNING176, TUNING176_CLEAN = load_set("deid_tuning176")  # held-out set 186, opened after its blind measurement
TUNING177, TUNING177_CLEAN = load_set("deid_tuning177")  # held-out set 187, opened after its blind measurement
TUNING178, TUNING178_CLEAN = load_set("deid_tuning178")  # held-out set 188, opened after its blind measurement
TUNING179, TUNING179_CLEAN = load_set("deid_tuning179")  # held-out set 189, opened after its blind measurement
TUNING180, TUNING180_CLEAN = load_set("deid_tuning180")  # held-out set 190, opened after its blind measurement
TUNING181, TUNING181_CLEAN = load_set("deid_tuning181")  # held-out set 191, opened after its blind measurement
TUNING182, TUNING182_CLEAN = load_set("deid_tuning182")  # held-out set 192, opened after its blind measurement
TUNING183, TUNING183_CLEAN = load_set("deid_tuning183")  # held-out set 193, opened after its blind measurement
TUNING184, TUNING184_CLEAN = load_set("deid_tuning184")  # held-out set 194, opened after its blind measurement
TUNING185, TUNING185_CLEAN = load_set("deid_tuning185")  # held-out set 195, opened after its blind measurement
TUNING186, TUNING186_CLEAN = load_set("deid_tuning186")  # held-out set 196, opened after its blind measurement
TUNING187, TUNING187_CLEAN = load_set("deid_tuning187")  # held-out set 197, opened after its blind measurement
TUNING188, TUNING188_CLEAN = load_set("deid_tuning188")  # held-out set 198, opened after its blind measurement
TUNING189, TUNING189_CLEAN = load_set("deid_tuning189")  # held-out set 199, opened after its blind measurement
TUNING190, TUNING190_CLEAN = load_set("deid_tuning190")  # held-out set 200, opened after its blind measurement
TUNING191, TUNING191_CLEAN = load_set("deid_tuning191")  # held-out set 201, opened after its blind measurement
TUNING192, TUNING192_CLEAN = load_set("deid_tuning192")  # held-out set 202, opened after its blind measurement
TUNING193, TUNING193_CLEAN = load_set("deid_tuning193")  # held-out set 203, opened after its blind measurement
TUNING194, TUNING194_CLEAN = load_set("deid_tuning194")  # held-out set 204, opened after its blind measurement
TUNING195, TUNING195_CLEAN = load_set("deid_tuning195")  # held-out set 205, opened after its blind measurement
TUNING196, TUNING196_CLEAN = load_set("deid_tuning196")  # held-out set 206, opened after its blind measurement
TUNING197, TUNING197_CLEAN = load_set("deid_tuning197")  # held-out set 207, opened after its blind measurement
TUNING198, TUNING198_CLEAN = load_set("deid_tuning198")  # held-out set 208, opened after its blind measurement
TUNING199, TUNING199_CLEAN = load_set("deid_tuning199")  # held-out set 209, opened after its blind measurement
TUNING200, TUNING200_CLEAN = load_set("deid_tuning200")  # held-out set 210, opened after its blind measurement
TUNING201, TUNING201_CLEAN = load_set("deid_tuning201")  # held-out set 211, opened after its blind measurement
TUNING202, TUNING202_CLEAN = load_set("deid_tuning202")  # held-out set 212, opened after its blind measurement
TUNING203, TUNING203_CLEAN = load_set("deid_tuning203")  # held-out set 213, opened after its blind measurement
TUNING204, TUNING204_CLEAN = load_set("deid_tuning204")  # held-out set 214, opened after its blind measurement
TUNING205, TUNING205_CLEAN = load_set("deid_tuning205")  # held-out set 215, opened after its blind measurement
TUNING206, TUNING206_CLEAN = load_set("deid_tuning206")  # held-out set 216, opened after its blind measurement
TUNING207, TUNING207_CLEAN = load_set("deid_tuning207")  # held-out set 217, opened after its blind measurement
TUNING208, TUNING208_CLEAN = load_set("deid_tuning208")  # held-out set 218, opened after its blind measurement
TUNING209, TUNING209_CLEAN = load_set("deid_tuning209")  # held-out set 219, opened after its blind measurement
TUNING210, TUNING210_CLEAN = load_set("deid_tuning210")  # held-out set 220, opened after its blind measurement
TUNING211, TUNING211_CLEAN = load_set("deid_tuning211")  # held-out set 221, opened after its blind measurement
TUNING212, TUNING212_CLEAN = load_set("deid_tuning212")  # held-out set 222, opened after its blind measurement
TUNING213, TUNING213_CLEAN = load_set("deid_tuning213")  # held-out set 223, opened after its blind measurement
TUNING214, TUNING214_CLEAN = load_set("deid_tuning214")  # held-out set 224, opened after its blind measurement
TUNING215, TUNING215_CLEAN = load_set("deid_tuning215")  # held-out set 225, opened after its blind measurement
TUNING216, TUNING216_CLEAN = load_set("deid_tuning216")  # held-out set 226, opened after its blind measurement
TUNING217, TUNING217_CLEAN = load_set("deid_tuning217")  # held-out set 227, opened after its blind measurement
TUNING218, TUNING218_CLEAN = load_set("deid_tuning218")  # held-out set 228, opened after its blind measurement
TUNING219, TUNING219_CLEAN = load_set("deid_tuning219")  # held-out set 229, opened after its blind measurement
TUNING220, TUNING220_CLEAN = load_set("deid_tuning220")  # held-out set 230, opened after its blind measurement
TUNING221, TUNING221_CLEAN = load_set("deid_tuning221")  # held-out set 231, opened after its blind measurement
TUNING222, TUNING222_CLEAN = load_set("deid_tuning222")  # held-out set 232, opened after its blind measurement
TUNING223, TUNING223_CLEAN = load_set("deid_tuning223")  # held-out set 233, opened after its blind measurement
TUNING224, TUNING224_CLEAN = load_set("deid_tuning224")  # held-out set 234, opened after its blind measurement
TUNING225, TUNING225_CLEAN = load_set("deid_tuning225")  # held-out set 235, opened after its blind measurement
TUNING226, TUNING226_CLEAN = load_set("deid_tuning226")  # held-out set 236, opened after its blind measurement
TUNING227, TUNING227_CLEAN = load_set("deid_tuning227")  # held-out set 237, opened after its blind measurement
TUNING228, TUNING228_CLEAN = load_set("deid_tuning228")  # held-out set 238, opened after its blind measurement
TUNING229, TUNING229_CLEAN = load_set("deid_tuning229")  # held-out set 239, opened after its blind measurement
TUNING230, TUNING230_CLEAN = load_set("deid_tuning230")  # held-out set 240, opened after its blind measurement
TUNING231, TUNING231_CLEAN = load_set("deid_tuning231")  # held-out set 241, opened after its blind measurement
TUNING232, TUNING232_CLEAN = load_set("deid_tuning232")  # held-out set 242, opened after its blind measurement
TUNING233, TUNING233_CLEAN = load_set("deid_tuning233")  # held-out set 243, opened after its blind measurement
TUNING234, TUNING234_CLEAN = load_set("deid_tuning234")  # held-out set 244, opened after its blind measurement
TUNING235, TUNING235_CLEAN = load_set("deid_tuning235")  # held-out set 245, opened after its blind measurement
TUNING236, TUNING236_CLEAN = load_set("deid_tuning236")  # held-out set 246, opened after its blind measurement
TUNING237, TUNING237_CLEAN = load_set("deid_tuning237")  # held-out set 247, opened after its blind measurement
TUNING238, TUNING238_CLEAN = load_set("deid_tuning238")  # held-out set 248, opened after its blind measurement
TUNING239, TUNING239_CLEAN = load_set("deid_tuning239")  # held-out set 249, opened after its blind measurement
TUNING240, TUNING240_CLEAN = load_set("deid_tuning240")  # held-out set 250, opened after its blind measurement
TUNING241, TUNING241_CLEAN = load_set("deid_tuning241")  # held-out set 251, opened after its blind measurement
TUNING242, TUNING242_CLEAN = load_set("deid_tuning242")  # held-out set 252, opened after its blind measurement
TUNING243, TUNING243_CLEAN = load_set("deid_tuning243")  # held-out set 253, opened after its blind measurement
TUNING244, TUNING244_CLEAN = load_set("deid_tuning244")  # held-out set 254, opened after its blind measurement
TUNING245, TUNING245_CLEAN = load_set("deid_tuning245")  # held-out set 255, opened after its blind measurement
TUNING246, TUNING246_CLEAN = load_set("deid_tuning246")  # held-out set 256, opened after its blind measurement
TUNING247, TUNING247_CLEAN = load_set("deid_tuning247")  # held-out set 257, opened after its blind measurement
TUNING248, TUNING248_CLEAN = load_set("deid_tuning248")  # held-out set 258, opened after its blind measurement
TUNING249, TUNING249_CLEAN = load_set("deid_tuning249")  # held-out set 259, opened after its blind measurement
TUNING250, TUNING250_CLEAN = load_set("deid_tuning250")  # held-out set 260, opened after its blind measurement
TUNING251, TUNING251_CLEAN = load_set("deid_tuning251")  # held-out set 261, opened after its blind measurement
TUNING252, TUNING252_CLEAN = load_set("deid_tuning252")  # held-out set 262, opened after its blind measurement
TUNING253, TUNING253_CLEAN = load_set("deid_tuning253")  # held-out set 263, opened after its blind measurement
TUNING254, TUNING254_CLEAN = load_set("deid_tuning254")  # held-out set 264, opened after its blind measurement
TUNING255, TUNING255_CLEAN = load_set("deid_tuning255")  # held-out set 265, opened after its blind measurement
TUNING256, TUNING256_CLEAN = load_set("deid_tuning256")  # held-out set 274, opened after its blind measurement
TUNING257, TUNING257_CLEAN = load_set("deid_tuning257")  # held-out set 275, opened after its blind measurement
TUNING258, TUNING258_CLEAN = load_set("deid_tuning258")  # held-out set 276, opened after its blind measurement
TUNING259, TUNING259_CLEAN = load_set("deid_tuning259")  # held-out set 277, opened after its blind measurement
TUNING260, TUNING260_CLEAN = load_set("deid_tuning260")  # held-out set 278, opened after its blind measurement
TUNING261, TUNING261_CLEAN = load_set("deid_tuning261")  # held-out set 279, opened after its blind measurement
TUNING262, TUNING262_CLEAN = load_set("deid_tuning262")  # held-out set 280, opened after its blind measurement
TUNING263, TUNING263_CLEAN = load_set("deid_tuning263")  # held-out set 281, opened after its blind measurement
TUNING264, TUNING264_CLEAN = load_set("deid_tuning264")  # held-out set 290, opened after its blind measurement
TUNING265, TUNING265_CLEAN = load_set("deid_tuning265")  # held-out set 291, opened after its blind measurement
TUNING266, TUNING266_CLEAN = load_set("deid_tuning266")  # held-out set 292, opened after its blind measurement
TUNING267, TUNING267_CLEAN = load_set("deid_tuning267")  # held-out set 293, opened after its blind measurement
TUNING268, TUNING268_CLEAN = load_set("deid_tuning268")  # held-out set 294, opened after its blind measurement
TUNING269, TUNING269_CLEAN = load_set("deid_tuning269")  # held-out set 295, opened after its blind measurement
TUNING270, TUNING270_CLEAN = load_set("deid_tuning270")  # held-out set 296, opened after its blind measurement
TUNING271, TUNING271_CLEAN = load_set("deid_tuning271")  # held-out set 297, opened after its blind measurement
TUNING272, TUNING272_CLEAN = load_set("deid_tuning272")  # held-out set 266, opened after its blind measurement
TUNING273, TUNING273_CLEAN = load_set("deid_tuning273")  # held-out set 267, opened after its blind measurement
TUNING274, TUNING274_CLEAN = load_set("deid_tuning274")  # held-out set 268, opened after its blind measurement
TUNING275, TUNING275_CLEAN = load_set("deid_tuning275")  # held-out set 269, opened after its blind measurement
TUNING276, TUNING276_CLEAN = load_set("deid_tuning276")  # held-out set 270, opened after its blind measurement
TUNING277, TUNING277_CLEAN = load_set("deid_tuning277")  # held-out set 271, opened after its blind measurement
TUNING278, TUNING278_CLEAN = load_set("deid_tuning278")  # held-out set 272, opened after its blind measurement
TUNING279, TUNING279_CLEAN = load_set("deid_tuning279")  # held-out set 273, opened after its blind measurement
TUNING280, TUNING280_CLEAN = load_set("deid_tuning280")  # held-out set 282, opened after its closed measurement
TUNING281, TUNING281_CLEAN = load_set("deid_tuning281")  # held-out set 283, opened after its closed measurement
TUNING282, TUNING282_CLEAN = load_set("deid_tuning282")  # held-out set 284, opened after its closed measurement
TUNING283, TUNING283_CLEAN = load_set("deid_tuning283")  # held-out set 285, opened after its closed measurement
TUNING284, TUNING284_CLEAN = load_set("deid_tuning284")  # held-out set 286, opened after its closed measurement
TUNING285, TUNING285_CLEAN = load_set("deid_tuning285")  # held-out set 287, opened after its closed measurement
TUNING286, TUNING286_CLEAN = load_set("deid_tuning286")  # held-out set 288, opened after its closed measurement
TUNING287, TUNING287_CLEAN = load_set("deid_tuning287")  # held-out set 289, opened after its closed measurement
TUNING288, TUNING288_CLEAN = load_set("deid_tuning288")  # held-out set 298, opened after its closed measurement
TUNING289, TUNING289_CLEAN = load_set("deid_tuning289")  # held-out set 299, opened after its closed measurement
TUNING290, TUNING290_CLEAN = load_set("deid_tuning290")  # held-out set 300, opened after its closed measurement
TUNING291, TUNING291_CLEAN = load_set("deid_tuning291")  # held-out set 301, opened after its closed measurement
TUNING292, TUNING292_CLEAN = load_set("deid_tuning292")  # held-out set 302, opened after its closed measurement
TUNING293, TUNING293_CLEAN = load_set("deid_tuning293")  # held-out set 303, opened after its closed measurement
TUNING294, TUNING294_CLEAN = load_set("deid_tuning294")  # held-out set 304, opened after its closed measurement
TUNING295, TUNING295_CLEAN = load_set("deid_tuning295")  # held-out set 305, opened after its closed measurement
TUNING296, TUNING296_CLEAN = load_set("deid_tuning296")  # held-out set 306, opened after its blind measurement
TUNING297, TUNING297_CLEAN = load_set("deid_tuning297")  # held-out set 307, opened after its blind measurement
TUNING298, TUNING298_CLEAN = load_set("deid_tuning298")  # held-out set 308, opened after its blind measurement
TUNING299, TUNING299_CLEAN = load_set("deid_tuning299")  # held-out set 309, opened after its blind measurement
TUNING300, TUNING300_CLEAN = load_set("deid_tuning300")  # held-out set 310, opened after its blind measurement
TUNING301, TUNING301_CLEAN = load_set("deid_tuning301")  # held-out set 311, opened after its blind measurement
TUNING302, TUNING302_CLEAN = load_set("deid_tuning302")  # held-out set 312, opened after its blind measurement
TUNING303, TUNING303_CLEAN = load_set("deid_tuning303")  # held-out set 313, opened after its blind measurement
TUNING304, TUNING304_CLEAN = load_set("deid_tuning304")  # held-out set 314, opened after its blind measurement
TUNING305, TUNING305_CLEAN = load_set("deid_tuning305")  # held-out set 315, opened after its blind measurement
TUNING306, TUNING306_CLEAN = load_set("deid_tuning306")  # held-out set 316, opened after its blind measurement
TUNING307, TUNING307_CLEAN = load_set("deid_tuning307")  # held-out set 317, opened after its blind measurement
TUNING308, TUNING308_CLEAN = load_set("deid_tuning308")  # held-out set 318, opened after its blind measurement
TUNING309, TUNING309_CLEAN = load_set("deid_tuning309")  # held-out set 319, opened after its blind measurement
TUNING310, TUNING310_CLEAN = load_set("deid_tuning310")  # held-out set 320, opened after its blind measurement
TUNING311, TUNING311_CLEAN = load_set("deid_tuning311")  # held-out set 321, opened after its blind measurement
TUNING312, TUNING312_CLEAN = load_set("deid_tuning312")  # held-out set 322, opened after its blind measurement
TUNING313, TUNING313_CLEAN = load_set("deid_tuning313")  # held-out set 323, opened after its blind measurement
TUNING314, TUNING314_CLEAN = load_set("deid_tuning314")  # held-out set 324, opened after its blind measurement
TUNING315, TUNING315_CLEAN = load_set("deid_tuning315")  # held-out set 325, opened after its blind measurement
TUNING316, TUNING316_CLEAN = load_set("deid_tuning316")  # held-out set 326, opened after its blind measurement
TUNING317, TUNING317_CLEAN = load_set("deid_tuning317")  # held-out set 327, opened after its blind measurement
TUNING318, TUNING318_CLEAN = load_set("deid_tuning318")  # held-out set 328, opened after its blind measurement
TUNING319, TUNING319_CLEAN = load_set("deid_tuning319")  # held-out set 329, opened after its blind measurement
TUNING320, TUNING320_CLEAN = load_set("deid_tuning320")  # held-out set 330, opened after its blind measurement
TUNING321, TUNING321_CLEAN = load_set("deid_tuning321")  # held-out set 331, opened after its blind measurement
TUNING322, TUNING322_CLEAN = load_set("deid_tuning322")  # held-out set 332, opened after its blind measurement
TUNING323, TUNING323_CLEAN = load_set("deid_tuning323")  # held-out set 333, opened after its blind measurement
TUNING324, TUNING324_CLEAN = load_set("deid_tuning324")  # held-out set 334, opened after its blind measurement
TUNING325, TUNING325_CLEAN = load_set("deid_tuning325")  # held-out set 335, opened after its blind measurement
TUNING326, TUNING326_CLEAN = load_set("deid_tuning326")  # held-out set 336, opened after its blind measurement
TUNING327, TUNING327_CLEAN = load_set("deid_tuning327")  # held-out set 337, opened after its blind measurement
TUNING328, TUNING328_CLEAN = load_set("deid_tuning328")  # held-out set 338, opened after its blind measurement
TUNING329, TUNING329_CLEAN = load_set("deid_tuning329")  # held-out set 339, opened after its blind measurement
TUNING330, TUNING330_CLEAN = load_set("deid_tuning330")  # held-out set 340, opened after its blind measurement
TUNING331, TUNING331_CLEAN = load_set("deid_tuning331")  # held-out set 341, opened after its blind measurement
TUNING332, TUNING332_CLEAN = load_set("deid_tuning332")  # held-out set 342, opened after its blind measurement
TUNING333, TUNING333_CLEAN = load_set("deid_tuning333")  # held-out set 343, opened after its blind measurement
TUNING334, TUNING334_CLEAN = load_set("deid_tuning334")  # held-out set 344, opened after its blind measurement
TUNING335, TUNING335_CLEAN = load_set("deid_tuning335")  # held-out set 345, opened after its blind measurement
TUNING336, TUNING336_CLEAN = load_set("deid_tuning336")  # held-out set 354, opened after its blind measurement
TUNING337, TUNING337_CLEAN = load_set("deid_tuning337")  # held-out set 355, opened after its blind measurement
TUNING338, TUNING338_CLEAN = load_set("deid_tuning338")  # held-out set 356, opened after its blind measurement
TUNING339, TUNING339_CLEAN = load_set("deid_tuning339")  # held-out set 357, opened after its blind measurement
TUNING340, TUNING340_CLEAN = load_set("deid_tuning340")  # held-out set 358, opened after its blind measurement
TUNING341, TUNING341_CLEAN = load_set("deid_tuning341")  # held-out set 359, opened after its blind measurement
TUNING342, TUNING342_CLEAN = load_set("deid_tuning342")  # held-out set 360, opened after its blind measurement
TUNING343, TUNING343_CLEAN = load_set("deid_tuning343")  # held-out set 361, opened after its blind measurement
TUNING344, TUNING344_CLEAN = load_set("deid_tuning344")  # held-out set 362, opened after its blind measurement
TUNING345, TUNING345_CLEAN = load_set("deid_tuning345")  # held-out set 363, opened after its blind measurement
TUNING346, TUNING346_CLEAN = load_set("deid_tuning346")  # held-out set 364, opened after its blind measurement
TUNING347, TUNING347_CLEAN = load_set("deid_tuning347")  # held-out set 365, opened after its blind measurement
TUNING348, TUNING348_CLEAN = load_set("deid_tuning348")  # held-out set 366, opened after its blind measurement
TUNING349, TUNING349_CLEAN = load_set("deid_tuning349")  # held-out set 367, opened after its blind measurement
TUNING350, TUNING350_CLEAN = load_set("deid_tuning350")  # held-out set 368, opened after its blind measurement
TUNING351, TUNING351_CLEAN = load_set("deid_tuning351")  # held-out set 369, opened after its blind measurement
TUNING352, TUNING352_CLEAN = load_set("deid_tuning352")  # held-out set 370, opened after its blind measurement
TUNING353, TUNING353_CLEAN = load_set("deid_tuning353")  # held-out set 371, opened after its blind measurement
TUNING354, TUNING354_CLEAN = load_set("deid_tuning354")  # held-out set 372, opened after its blind measurement
TUNING355, TUNING355_CLEAN = load_set("deid_tuning355")  # held-out set 373, opened after its blind measurement
TUNING356, TUNING356_CLEAN = load_set("deid_tuning356")  # held-out set 374, opened after its blind measurement
TUNING357, TUNING357_CLEAN = load_set("deid_tuning357")  # held-out set 375, opened after its blind measurement
TUNING358, TUNING358_CLEAN = load_set("deid_tuning358")  # held-out set 376, opened after its blind measurement
TUNING359, TUNING359_CLEAN = load_set("deid_tuning359")  # held-out set 377, opened after its blind measurement
TUNING360, TUNING360_CLEAN = load_set("deid_tuning360")  # held-out set 378, opened after its closed measurement
TUNING361, TUNING361_CLEAN = load_set("deid_tuning361")  # held-out set 379, opened after its closed measurement
TUNING362, TUNING362_CLEAN = load_set("deid_tuning362")  # held-out set 380, opened after its closed measurement
TUNING363, TUNING363_CLEAN = load_set("deid_tuning363")  # held-out set 381, opened after its closed measurement
TUNING364, TUNING364_CLEAN = load_set("deid_tuning364")  # held-out set 382, opened after its closed measurement
TUNING365, TUNING365_CLEAN = load_set("deid_tuning365")  # held-out set 383, opened after its closed measurement
TUNING366, TUNING366_CLEAN = load_set("deid_tuning366")  # held-out set 384, opened after its closed measurement
TUNING367, TUNING367_CLEAN = load_set("deid_tuning367")  # held-out set 385, opened after its closed measurement
TUNING368, TUNING368_CLEAN = load_set("deid_tuning368")  # held-out set 394, opened after its blind measurement
TUNING369, TUNING369_CLEAN = load_set("deid_tuning369")  # held-out set 395, opened after its blind measurement
TUNING370, TUNING370_CLEAN = load_set("deid_tuning370")  # held-out set 396, opened after its blind measurement
TUNING371, TUNING371_CLEAN = load_set("deid_tuning371")  # held-out set 397, opened after its blind measurement
TUNING372, TUNING372_CLEAN = load_set("deid_tuning372")  # held-out set 398, opened after its blind measurement
TUNING373, TUNING373_CLEAN = load_set("deid_tuning373")  # held-out set 399, opened after its blind measurement
TUNING374, TUNING374_CLEAN = load_set("deid_tuning374")  # held-out set 400, opened after its blind measurement
TUNING375, TUNING375_CLEAN = load_set("deid_tuning375")  # held-out set 401, opened after its blind measurement
TUNING376, TUNING376_CLEAN = load_set("deid_tuning376")  # held-out set 386, opened after its closed measurement
TUNING377, TUNING377_CLEAN = load_set("deid_tuning377")  # held-out set 387, opened after its closed measurement
TUNING378, TUNING378_CLEAN = load_set("deid_tuning378")  # held-out set 388, opened after its closed measurement
TUNING379, TUNING379_CLEAN = load_set("deid_tuning379")  # held-out set 389, opened after its closed measurement
TUNING380, TUNING380_CLEAN = load_set("deid_tuning380")  # held-out set 390, opened after its closed measurement
TUNING381, TUNING381_CLEAN = load_set("deid_tuning381")  # held-out set 391, opened after its closed measurement
TUNING382, TUNING382_CLEAN = load_set("deid_tuning382")  # held-out set 392, opened after its closed measurement
TUNING383, TUNING383_CLEAN = load_set("deid_tuning383")  # held-out set 393, opened after its closed measurement
TUNING384, TUNING384_CLEAN = load_set("deid_tuning384")  # held-out set 402, opened after its closed measurement
TUNING385, TUNING385_CLEAN = load_set("deid_tuning385")  # held-out set 403, opened after its closed measurement
TUNING386, TUNING386_CLEAN = load_set("deid_tuning386")  # held-out set 404, opened after its closed measurement
TUNING387, TUNING387_CLEAN = load_set("deid_tuning387")  # held-out set 405, opened after its closed measurement
TUNING388, TUNING388_CLEAN = load_set("deid_tuning388")  # held-out set 406, opened after its closed measurement
TUNING389, TUNING389_CLEAN = load_set("deid_tuning389")  # held-out set 407, opened after its closed measurement
TUNING390, TUNING390_CLEAN = load_set("deid_tuning390")  # held-out set 408, opened after its closed measurement
TUNING391, TUNING391_CLEAN = load_set("deid_tuning391")  # held-out set 409, opened after its closed measurement
TUNING392, TUNING392_CLEAN = load_set("deid_tuning392")  # held-out set 418, opened after its closed measurement
TUNING393, TUNING393_CLEAN = load_set("deid_tuning393")  # held-out set 419, opened after its closed measurement
TUNING394, TUNING394_CLEAN = load_set("deid_tuning394")  # held-out set 420, opened after its closed measurement
TUNING395, TUNING395_CLEAN = load_set("deid_tuning395")  # held-out set 421, opened after its closed measurement
TUNING396, TUNING396_CLEAN = load_set("deid_tuning396")  # held-out set 422, opened after its closed measurement
TUNING397, TUNING397_CLEAN = load_set("deid_tuning397")  # held-out set 423, opened after its closed measurement
TUNING398, TUNING398_CLEAN = load_set("deid_tuning398")  # held-out set 424, opened after its closed measurement
TUNING399, TUNING399_CLEAN = load_set("deid_tuning399")  # held-out set 425, opened after its closed measurement
TUNING400, TUNING400_CLEAN = load_set("deid_tuning400")  # held-out set 426, opened after its closed measurement
TUNING401, TUNING401_CLEAN = load_set("deid_tuning401")  # held-out set 427, opened after its closed measurement
TUNING402, TUNING402_CLEAN = load_set("deid_tuning402")  # held-out set 428, opened after its closed measurement
TUNING403, TUNING403_CLEAN = load_set("deid_tuning403")  # held-out set 429, opened after its closed measurement
TUNING404, TUNING404_CLEAN = load_set("deid_tuning404")  # held-out set 430, opened after its closed measurement
TUNING405, TUNING405_CLEAN = load_set("deid_tuning405")  # held-out set 431, opened after its closed measurement
TUNING406, TUNING406_CLEAN = load_set("deid_tuning406")  # held-out set 432, opened after its closed measurement
TUNING407, TUNING407_CLEAN = load_set("deid_tuning407")  # held-out set 433, opened after its closed measurement
TUNING408, TUNING408_CLEAN = load_set("deid_tuning408")  # held-out set 434, opened after its closed measurement
TUNING409, TUNING409_CLEAN = load_set("deid_tuning409")  # held-out set 435, opened after its closed measurement
TUNING410, TUNING410_CLEAN = load_set("deid_tuning410")  # held-out set 436, opened after its closed measurement
TUNING411, TUNING411_CLEAN = load_set("deid_tuning411")  # held-out set 437, opened after its closed measurement
TUNING412, TUNING412_CLEAN = load_set("deid_tuning412")  # held-out set 438, opened after its closed measurement
TUNING413, TUNING413_CLEAN = load_set("deid_tuning413")  # held-out set 439, opened after its closed measurement
TUNING414, TUNING414_CLEAN = load_set("deid_tuning414")  # held-out set 440, opened after its closed measurement
TUNING415, TUNING415_CLEAN = load_set("deid_tuning415")  # held-out set 441, opened after its closed measurement
TUNING416, TUNING416_CLEAN = load_set("deid_tuning416")  # held-out set 442, opened after its closed measurement
TUNING417, TUNING417_CLEAN = load_set("deid_tuning417")  # held-out set 443, opened after its closed measurement
TUNING418, TUNING418_CLEAN = load_set("deid_tuning418")  # held-out set 444, opened after its closed measurement
TUNING419, TUNING419_CLEAN = load_set("deid_tuning419")  # held-out set 445, opened after its closed measurement
TUNING420, TUNING420_CLEAN = load_set("deid_tuning420")  # held-out set 446, opened after its closed measurement
TUNING421, TUNING421_CLEAN = load_set("deid_tuning421")  # held-out set 447, opened after its closed measurement
TUNING422, TUNING422_CLEAN = load_set("deid_tuning422")  # held-out set 448, opened after its closed measurement
TUNING423, TUNING423_CLEAN = load_set("deid_tuning423")  # held-out set 449, opened after its closed measurement
TUNING424, TUNING424_CLEAN = load_set("deid_tuning424")  # held-out set 458, opened after its closed measurement
TUNING425, TUNING425_CLEAN = load_set("deid_tuning425")  # held-out set 459, opened after its closed measurement
TUNING426, TUNING426_CLEAN = load_set("deid_tuning426")  # held-out set 460, opened after its closed measurement
TUNING427, TUNING427_CLEAN = load_set("deid_tuning427")  # held-out set 461, opened after its closed measurement
TUNING428, TUNING428_CLEAN = load_set("deid_tuning428")  # held-out set 462, opened after its closed measurement
TUNING429, TUNING429_CLEAN = load_set("deid_tuning429")  # held-out set 463, opened after its closed measurement
TUNING430, TUNING430_CLEAN = load_set("deid_tuning430")  # held-out set 464, opened after its closed measurement
TUNING431, TUNING431_CLEAN = load_set("deid_tuning431")  # held-out set 465, opened after its closed measurement
TUNING432, TUNING432_CLEAN = load_set("deid_tuning432")  # held-out set 450, opened after its closed measurement
TUNING433, TUNING433_CLEAN = load_set("deid_tuning433")  # held-out set 451, opened after its closed measurement
TUNING434, TUNING434_CLEAN = load_set("deid_tuning434")  # held-out set 452, opened after its closed measurement
TUNING435, TUNING435_CLEAN = load_set("deid_tuning435")  # held-out set 453, opened after its closed measurement
TUNING436, TUNING436_CLEAN = load_set("deid_tuning436")  # held-out set 454, opened after its closed measurement
TUNING437, TUNING437_CLEAN = load_set("deid_tuning437")  # held-out set 455, opened after its closed measurement
TUNING438, TUNING438_CLEAN = load_set("deid_tuning438")  # held-out set 456, opened after its closed measurement
TUNING439, TUNING439_CLEAN = load_set("deid_tuning439")  # held-out set 457, opened after its closed measurement
TUNING440, TUNING440_CLEAN = load_set("deid_tuning440")  # held-out set 474, opened after its closed measurement
TUNING441, TUNING441_CLEAN = load_set("deid_tuning441")  # held-out set 475, opened after its closed measurement
TUNING442, TUNING442_CLEAN = load_set("deid_tuning442")  # held-out set 476, opened after its closed measurement
TUNING443, TUNING443_CLEAN = load_set("deid_tuning443")  # held-out set 477, opened after its closed measurement
TUNING444, TUNING444_CLEAN = load_set("deid_tuning444")  # held-out set 478, opened after its closed measurement
TUNING445, TUNING445_CLEAN = load_set("deid_tuning445")  # held-out set 479, opened after its closed measurement
TUNING446, TUNING446_CLEAN = load_set("deid_tuning446")  # held-out set 480, opened after its closed measurement
TUNING447, TUNING447_CLEAN = load_set("deid_tuning447")  # held-out set 481, opened after its closed measurement
TUNING448, TUNING448_CLEAN = load_set("deid_tuning448")  # held-out set 482, opened after its closed measurement
TUNING449, TUNING449_CLEAN = load_set("deid_tuning449")  # held-out set 483, opened after its closed measurement
TUNING450, TUNING450_CLEAN = load_set("deid_tuning450")  # held-out set 484, opened after its closed measurement
TUNING451, TUNING451_CLEAN = load_set("deid_tuning451")  # held-out set 485, opened after its closed measurement
TUNING452, TUNING452_CLEAN = load_set("deid_tuning452")  # held-out set 486, opened after its closed measurement
TUNING453, TUNING453_CLEAN = load_set("deid_tuning453")  # held-out set 487, opened after its closed measurement
TUNING454, TUNING454_CLEAN = load_set("deid_tuning454")  # held-out set 488, opened after its closed measurement
TUNING455, TUNING455_CLEAN = load_set("deid_tuning455")  # held-out set 489, opened after its closed measurement
TUNING456, TUNING456_CLEAN = load_set("deid_tuning456")  # held-out set 490, opened after its closed measurement
TUNING457, TUNING457_CLEAN = load_set("deid_tuning457")  # held-out set 491, opened after its closed measurement
TUNING458, TUNING458_CLEAN = load_set("deid_tuning458")  # held-out set 492, opened after its closed measurement
TUNING459, TUNING459_CLEAN = load_set("deid_tuning459")  # held-out set 493, opened after its closed measurement
TUNING460, TUNING460_CLEAN = load_set("deid_tuning460")  # held-out set 494, opened after its closed measurement
TUNING461, TUNING461_CLEAN = load_set("deid_tuning461")  # held-out set 495, opened after its closed measurement
TUNING462, TUNING462_CLEAN = load_set("deid_tuning462")  # held-out set 496, opened after its closed measurement
TUNING463, TUNING463_CLEAN = load_set("deid_tuning463")  # held-out set 497, opened after its closed measurement
TUNING464, TUNING464_CLEAN = load_set("deid_tuning464")  # held-out set 498, opened after its closed measurement
TUNING465, TUNING465_CLEAN = load_set("deid_tuning465")  # held-out set 499, opened after its closed measurement
TUNING466, TUNING466_CLEAN = load_set("deid_tuning466")  # held-out set 500, opened after its closed measurement
TUNING467, TUNING467_CLEAN = load_set("deid_tuning467")  # held-out set 501, opened after its closed measurement
TUNING468, TUNING468_CLEAN = load_set("deid_tuning468")  # held-out set 502, opened after its closed measurement
TUNING469, TUNING469_CLEAN = load_set("deid_tuning469")  # held-out set 503, opened after its closed measurement
TUNING470, TUNING470_CLEAN = load_set("deid_tuning470")  # held-out set 504, opened after its closed measurement
TUNING471, TUNING471_CLEAN = load_set("deid_tuning471")  # held-out set 505, opened after its closed measurement
TUNING472, TUNING472_CLEAN = load_set("deid_tuning472")  # held-out set 506, opened after its closed measurement
TUNING473, TUNING473_CLEAN = load_set("deid_tuning473")  # held-out set 507, opened after its closed measurement
TUNING474, TUNING474_CLEAN = load_set("deid_tuning474")  # held-out set 508, opened after its closed measurement
TUNING475, TUNING475_CLEAN = load_set("deid_tuning475")  # held-out set 509, opened after its closed measurement
TUNING476, TUNING476_CLEAN = load_set("deid_tuning476")  # held-out set 510, opened after its closed measurement
TUNING477, TUNING477_CLEAN = load_set("deid_tuning477")  # held-out set 511, opened after its closed measurement
TUNING478, TUNING478_CLEAN = load_set("deid_tuning478")  # held-out set 512, opened after its closed measurement
TUNING479, TUNING479_CLEAN = load_set("deid_tuning479")  # held-out set 513, opened after its closed measurement
TUNING480, TUNING480_CLEAN = load_set("deid_tuning480")  # held-out set 514, opened after its closed measurement
TUNING481, TUNING481_CLEAN = load_set("deid_tuning481")  # held-out set 515, opened after its closed measurement
TUNING482, TUNING482_CLEAN = load_set("deid_tuning482")  # held-out set 516, opened after its closed measurement
TUNING483, TUNING483_CLEAN = load_set("deid_tuning483")  # held-out set 517, opened after its closed measurement
TUNING484, TUNING484_CLEAN = load_set("deid_tuning484")  # held-out set 518, opened after its closed measurement
TUNING485, TUNING485_CLEAN = load_set("deid_tuning485")  # held-out set 519, opened after its closed measurement
TUNING486, TUNING486_CLEAN = load_set("deid_tuning486")  # held-out set 520, opened after its closed measurement
TUNING487, TUNING487_CLEAN = load_set("deid_tuning487")  # held-out set 521, opened after its closed measurement
TUNING488, TUNING488_CLEAN = load_set("deid_tuning488")  # held-out set 546, opened after its closed measurement
TUNING489, TUNING489_CLEAN = load_set("deid_tuning489")  # held-out set 547, opened after its closed measurement
TUNING490, TUNING490_CLEAN = load_set("deid_tuning490")  # held-out set 548, opened after its closed measurement
TUNING491, TUNING491_CLEAN = load_set("deid_tuning491")  # held-out set 549, opened after its closed measurement
TUNING492, TUNING492_CLEAN = load_set("deid_tuning492")  # held-out set 550, opened after its closed measurement
TUNING493, TUNING493_CLEAN = load_set("deid_tuning493")  # held-out set 551, opened after its closed measurement
TUNING494, TUNING494_CLEAN = load_set("deid_tuning494")  # held-out set 552, opened after its closed measurement
TUNING495, TUNING495_CLEAN = load_set("deid_tuning495")  # held-out set 553, opened after its closed measurement
TUNING496, TUNING496_CLEAN = load_set("deid_tuning496")  # held-out set 562, opened after its closed measurement
TUNING497, TUNING497_CLEAN = load_set("deid_tuning497")  # held-out set 563, opened after its closed measurement
TUNING498, TUNING498_CLEAN = load_set("deid_tuning498")  # held-out set 564, opened after its closed measurement
TUNING499, TUNING499_CLEAN = load_set("deid_tuning499")  # held-out set 565, opened after its closed measurement
TUNING500, TUNING500_CLEAN = load_set("deid_tuning500")  # held-out set 566, opened after its closed measurement
TUNING501, TUNING501_CLEAN = load_set("deid_tuning501")  # held-out set 567, opened after its closed measurement
TUNING502, TUNING502_CLEAN = load_set("deid_tuning502")  # held-out set 568, opened after its closed measurement
TUNING503, TUNING503_CLEAN = load_set("deid_tuning503")  # held-out set 569, opened after its closed measurement
TUNING504, TUNING504_CLEAN = load_set("deid_tuning504")  # held-out set 554, opened after its closed measurement
TUNING505, TUNING505_CLEAN = load_set("deid_tuning505")  # held-out set 555, opened after its closed measurement
TUNING506, TUNING506_CLEAN = load_set("deid_tuning506")  # held-out set 556, opened after its closed measurement
TUNING507, TUNING507_CLEAN = load_set("deid_tuning507")  # held-out set 557, opened after its closed measurement
TUNING508, TUNING508_CLEAN = load_set("deid_tuning508")  # held-out set 558, opened after its closed measurement
TUNING509, TUNING509_CLEAN = load_set("deid_tuning509")  # held-out set 559, opened after its closed measurement
TUNING510, TUNING510_CLEAN = load_set("deid_tuning510")  # held-out set 560, opened after its closed measurement
TUNING511, TUNING511_CLEAN = load_set("deid_tuning511")  # held-out set 561, opened after its closed measurement
TUNING512, TUNING512_CLEAN = load_set("deid_tuning512")  # held-out set 570, opened after its closed measurement
TUNING513, TUNING513_CLEAN = load_set("deid_tuning513")  # held-out set 571, opened after its closed measurement
TUNING514, TUNING514_CLEAN = load_set("deid_tuning514")  # held-out set 572, opened after its closed measurement
TUNING515, TUNING515_CLEAN = load_set("deid_tuning515")  # held-out set 573, opened after its closed measurement
TUNING516, TUNING516_CLEAN = load_set("deid_tuning516")  # held-out set 574, opened after its closed measurement
TUNING517, TUNING517_CLEAN = load_set("deid_tuning517")  # held-out set 575, opened after its closed measurement
TUNING518, TUNING518_CLEAN = load_set("deid_tuning518")  # held-out set 576, opened after its closed measurement
TUNING519, TUNING519_CLEAN = load_set("deid_tuning519")  # held-out set 577, opened after its closed measurement
TUNING520, TUNING520_CLEAN = load_set("deid_tuning520")  # held-out set 578, opened after its closed measurement
TUNING521, TUNING521_CLEAN = load_set("deid_tuning521")  # held-out set 579, opened after its closed measurement
TUNING522, TUNING522_CLEAN = load_set("deid_tuning522")  # held-out set 580, opened after its closed measurement
TUNING523, TUNING523_CLEAN = load_set("deid_tuning523")  # held-out set 581, opened after its closed measurement
TUNING524, TUNING524_CLEAN = load_set("deid_tuning524")  # held-out set 582, opened after its closed measurement
TUNING525, TUNING525_CLEAN = load_set("deid_tuning525")  # held-out set 583, opened after its closed measurement
TUNING526, TUNING526_CLEAN = load_set("deid_tuning526")  # held-out set 584, opened after its closed measurement
TUNING527, TUNING527_CLEAN = load_set("deid_tuning527")  # held-out set 585, opened after its closed measurement
TUNING528, TUNING528_CLEAN = load_set("deid_tuning528")  # held-out set 594, opened after its closed measurement
TUNING529, TUNING529_CLEAN = load_set("deid_tuning529")  # held-out set 595, opened after its closed measurement
TUNING530, TUNING530_CLEAN = load_set("deid_tuning530")  # held-out set 596, opened after its closed measurement
TUNING531, TUNING531_CLEAN = load_set("deid_tuning531")  # held-out set 597, opened after its closed measurement
TUNING532, TUNING532_CLEAN = load_set("deid_tuning532")  # held-out set 598, opened after its closed measurement
TUNING533, TUNING533_CLEAN = load_set("deid_tuning533")  # held-out set 599, opened after its closed measurement
TUNING534, TUNING534_CLEAN = load_set("deid_tuning534")  # held-out set 600, opened after its closed measurement
TUNING535, TUNING535_CLEAN = load_set("deid_tuning535")  # held-out set 601, opened after its closed measurement
TUNING536, TUNING536_CLEAN = load_set("deid_tuning536")  # held-out set 602, opened after its blind measurement
TUNING537, TUNING537_CLEAN = load_set("deid_tuning537")  # held-out set 603, opened after its blind measurement
TUNING538, TUNING538_CLEAN = load_set("deid_tuning538")  # held-out set 604, opened after its blind measurement
TUNING539, TUNING539_CLEAN = load_set("deid_tuning539")  # held-out set 605, opened after its blind measurement
TUNING540, TUNING540_CLEAN = load_set("deid_tuning540")  # held-out set 606, opened after its blind measurement
TUNING541, TUNING541_CLEAN = load_set("deid_tuning541")  # held-out set 607, opened after its blind measurement
TUNING542, TUNING542_CLEAN = load_set("deid_tuning542")  # held-out set 608, opened after its blind measurement
TUNING543, TUNING543_CLEAN = load_set("deid_tuning543")  # held-out set 609, opened after its blind measurement
TUNING544, TUNING544_CLEAN = load_set("deid_tuning544")  # held-out set 610, opened after its blind measurement
TUNING545, TUNING545_CLEAN = load_set("deid_tuning545")  # held-out set 611, opened after its blind measurement
TUNING546, TUNING546_CLEAN = load_set("deid_tuning546")  # held-out set 612, opened after its blind measurement
TUNING547, TUNING547_CLEAN = load_set("deid_tuning547")  # held-out set 613, opened after its blind measurement
TUNING548, TUNING548_CLEAN = load_set("deid_tuning548")  # held-out set 614, opened after its blind measurement
TUNING549, TUNING549_CLEAN = load_set("deid_tuning549")  # held-out set 615, opened after its blind measurement
TUNING550, TUNING550_CLEAN = load_set("deid_tuning550")  # held-out set 616, opened after its blind measurement
TUNING551, TUNING551_CLEAN = load_set("deid_tuning551")  # held-out set 617, opened after its blind measurement
TUNING552, TUNING552_CLEAN = load_set("deid_tuning552")  # held-out set 618, opened after its blind measurement
TUNING553, TUNING553_CLEAN = load_set("deid_tuning553")  # held-out set 619, opened after its blind measurement
TUNING554, TUNING554_CLEAN = load_set("deid_tuning554")  # held-out set 620, opened after its blind measurement
TUNING555, TUNING555_CLEAN = load_set("deid_tuning555")  # held-out set 621, opened after its blind measurement
TUNING556, TUNING556_CLEAN = load_set("deid_tuning556")  # held-out set 622, opened after its blind measurement
TUNING557, TUNING557_CLEAN = load_set("deid_tuning557")  # held-out set 623, opened after its blind measurement
TUNING558, TUNING558_CLEAN = load_set("deid_tuning558")  # held-out set 624, opened after its blind measurement
TUNING559, TUNING559_CLEAN = load_set("deid_tuning559")  # held-out set 625, opened after its blind measurement
TUNING560, TUNING560_CLEAN = load_set("deid_tuning560")  # held-out set 626, opened after its blind measurement
TUNING561, TUNING561_CLEAN = load_set("deid_tuning561")  # held-out set 627, opened after its blind measurement
TUNING562, TUNING562_CLEAN = load_set("deid_tuning562")  # held-out set 628, opened after its blind measurement
TUNING563, TUNING563_CLEAN = load_set("deid_tuning563")  # held-out set 629, opened after its blind measurement
TUNING564, TUNING564_CLEAN = load_set("deid_tuning564")  # held-out set 630, opened after its blind measurement
TUNING565, TUNING565_CLEAN = load_set("deid_tuning565")  # held-out set 631, opened after its blind measurement
TUNING566, TUNING566_CLEAN = load_set("deid_tuning566")  # held-out set 632, opened after its blind measurement
TUNING567, TUNING567_CLEAN = load_set("deid_tuning567")  # held-out set 633, opened after its blind measurement
TUNING568, TUNING568_CLEAN = load_set("deid_tuning568")  # held-out set 634, opened after its blind measurement
TUNING569, TUNING569_CLEAN = load_set("deid_tuning569")  # held-out set 635, opened after its blind measurement
TUNING570, TUNING570_CLEAN = load_set("deid_tuning570")  # held-out set 636, opened after its blind measurement
TUNING571, TUNING571_CLEAN = load_set("deid_tuning571")  # held-out set 637, opened after its blind measurement
TUNING572, TUNING572_CLEAN = load_set("deid_tuning572")  # held-out set 638, opened after its blind measurement
TUNING573, TUNING573_CLEAN = load_set("deid_tuning573")  # held-out set 639, opened after its blind measurement
TUNING574, TUNING574_CLEAN = load_set("deid_tuning574")  # held-out set 640, opened after its blind measurement
TUNING575, TUNING575_CLEAN = load_set("deid_tuning575")  # held-out set 641, opened after its blind measurement
TUNING576, TUNING576_CLEAN = load_set("deid_tuning576")  # held-out set 642, opened after its blind measurement
TUNING577, TUNING577_CLEAN = load_set("deid_tuning577")  # held-out set 643, opened after its blind measurement
TUNING578, TUNING578_CLEAN = load_set("deid_tuning578")  # held-out set 644, opened after its blind measurement
TUNING579, TUNING579_CLEAN = load_set("deid_tuning579")  # held-out set 645, opened after its blind measurement
TUNING580, TUNING580_CLEAN = load_set("deid_tuning580")  # held-out set 646, opened after its blind measurement
TUNING581, TUNING581_CLEAN = load_set("deid_tuning581")  # held-out set 647, opened after its blind measurement
TUNING582, TUNING582_CLEAN = load_set("deid_tuning582")  # held-out set 648, opened after its blind measurement
TUNING583, TUNING583_CLEAN = load_set("deid_tuning583")  # held-out set 649, opened after its blind measurement
TUNING584, TUNING584_CLEAN = load_set("deid_tuning584")  # held-out set 650, opened after its blind measurement
TUNING585, TUNING585_CLEAN = load_set("deid_tuning585")  # held-out set 651, opened after its blind measurement
TUNING586, TUNING586_CLEAN = load_set("deid_tuning586")  # held-out set 652, opened after its blind measurement
TUNING587, TUNING587_CLEAN = load_set("deid_tuning587")  # held-out set 653, opened after its blind measurement
TUNING588, TUNING588_CLEAN = load_set("deid_tuning588")  # held-out set 654, opened after its blind measurement
TUNING589, TUNING589_CLEAN = load_set("deid_tuning589")  # held-out set 655, opened after its blind measurement
TUNING590, TUNING590_CLEAN = load_set("deid_tuning590")  # held-out set 656, opened after its blind measurement
TUNING591, TUNING591_CLEAN = load_set("deid_tuning591")  # held-out set 657, opened after its blind measurement
TUNING592, TUNING592_CLEAN = load_set("deid_tuning592")  # held-out set 658, opened after its blind measurement
TUNING593, TUNING593_CLEAN = load_set("deid_tuning593")  # held-out set 659, opened after its blind measurement
TUNING594, TUNING594_CLEAN = load_set("deid_tuning594")  # held-out set 660, opened after its blind measurement
TUNING595, TUNING595_CLEAN = load_set("deid_tuning595")  # held-out set 661, opened after its blind measurement
TUNING596, TUNING596_CLEAN = load_set("deid_tuning596")  # held-out set 662, opened after its blind measurement
TUNING597, TUNING597_CLEAN = load_set("deid_tuning597")  # held-out set 663, opened after its blind measurement
TUNING598, TUNING598_CLEAN = load_set("deid_tuning598")  # held-out set 664, opened after its blind measurement
TUNING599, TUNING599_CLEAN = load_set("deid_tuning599")  # held-out set 665, opened after its blind measurement
TUNING600, TUNING600_CLEAN = load_set("deid_tuning600")  # held-out set 666, opened after its blind measurement
TUNING601, TUNING601_CLEAN = load_set("deid_tuning601")  # held-out set 667, opened after its blind measurement
TUNING602, TUNING602_CLEAN = load_set("deid_tuning602")  # held-out set 668, opened after its blind measurement
TUNING603, TUNING603_CLEAN = load_set("deid_tuning603")  # held-out set 669, opened after its blind measurement
TUNING604, TUNING604_CLEAN = load_set("deid_tuning604")  # held-out set 670, opened after its blind measurement
TUNING605, TUNING605_CLEAN = load_set("deid_tuning605")  # held-out set 671, opened after its blind measurement
TUNING606, TUNING606_CLEAN = load_set("deid_tuning606")  # held-out set 672, opened after its blind measurement
TUNING607, TUNING607_CLEAN = load_set("deid_tuning607")  # held-out set 673, opened after its blind measurement
TUNING608, TUNING608_CLEAN = load_set("deid_tuning608")  # held-out set 674, opened after its blind measurement
TUNING609, TUNING609_CLEAN = load_set("deid_tuning609")  # held-out set 675, opened after its blind measurement
TUNING610, TUNING610_CLEAN = load_set("deid_tuning610")  # held-out set 676, opened after its blind measurement
TUNING611, TUNING611_CLEAN = load_set("deid_tuning611")  # held-out set 677, opened after its blind measurement
TUNING612, TUNING612_CLEAN = load_set("deid_tuning612")  # held-out set 678, opened after its blind measurement
TUNING613, TUNING613_CLEAN = load_set("deid_tuning613")  # held-out set 679, opened after its blind measurement
TUNING614, TUNING614_CLEAN = load_set("deid_tuning614")  # held-out set 680, opened after its blind measurement
TUNING615, TUNING615_CLEAN = load_set("deid_tuning615")  # held-out set 681, opened after its blind measurement
TUNING616, TUNING616_CLEAN = load_set("deid_tuning616")  # held-out set 682, opened after its blind measurement
TUNING617, TUNING617_CLEAN = load_set("deid_tuning617")  # held-out set 683, opened after its blind measurement
TUNING618, TUNING618_CLEAN = load_set("deid_tuning618")  # held-out set 684, opened after its blind measurement
TUNING619, TUNING619_CLEAN = load_set("deid_tuning619")  # held-out set 685, opened after its blind measurement
TUNING620, TUNING620_CLEAN = load_set("deid_tuning620")  # held-out set 686, opened after its blind measurement
TUNING621, TUNING621_CLEAN = load_set("deid_tuning621")  # held-out set 687, opened after its blind measurement
TUNING622, TUNING622_CLEAN = load_set("deid_tuning622")  # held-out set 688, opened after its blind measurement
TUNING623, TUNING623_CLEAN = load_set("deid_tuning623")  # held-out set 689, opened after its blind measurement
TUNING624, TUNING624_CLEAN = load_set("deid_tuning624")  # held-out set 690, opened after its blind measurement
TUNING625, TUNING625_CLEAN = load_set("deid_tuning625")  # held-out set 691, opened after its blind measurement
TUNING626, TUNING626_CLEAN = load_set("deid_tuning626")  # held-out set 692, opened after its blind measurement
TUNING627, TUNING627_CLEAN = load_set("deid_tuning627")  # held-out set 693, opened after its blind measurement
TUNING628, TUNING628_CLEAN = load_set("deid_tuning628")  # held-out set 694, opened after its blind measurement
TUNING629, TUNING629_CLEAN = load_set("deid_tuning629")  # held-out set 695, opened after its blind measurement
TUNING630, TUNING630_CLEAN = load_set("deid_tuning630")  # held-out set 696, opened after its blind measurement
TUNING631, TUNING631_CLEAN = load_set("deid_tuning631")  # held-out set 697, opened after its blind measurement
TUNING632, TUNING632_CLEAN = load_set("deid_tuning632")  # held-out set 698, opened after its blind measurement
TUNING633, TUNING633_CLEAN = load_set("deid_tuning633")  # held-out set 699, opened after its blind measurement
TUNING634, TUNING634_CLEAN = load_set("deid_tuning634")  # held-out set 700, opened after its blind measurement
TUNING635, TUNING635_CLEAN = load_set("deid_tuning635")  # held-out set 701, opened after its blind measurement
TUNING636, TUNING636_CLEAN = load_set("deid_tuning636")  # held-out set 702, opened after its blind measurement
TUNING637, TUNING637_CLEAN = load_set("deid_tuning637")  # held-out set 703, opened after its blind measurement
TUNING638, TUNING638_CLEAN = load_set("deid_tuning638")  # held-out set 704, opened after its blind measurement
TUNING639, TUNING639_CLEAN = load_set("deid_tuning639")  # held-out set 705, opened after its blind measurement
TUNING640, TUNING640_CLEAN = load_set("deid_tuning640")  # held-out set 706, opened after its blind measurement
TUNING641, TUNING641_CLEAN = load_set("deid_tuning641")  # held-out set 707, opened after its blind measurement
TUNING642, TUNING642_CLEAN = load_set("deid_tuning642")  # held-out set 708, opened after its blind measurement
TUNING643, TUNING643_CLEAN = load_set("deid_tuning643")  # held-out set 709, opened after its blind measurement
TUNING644, TUNING644_CLEAN = load_set("deid_tuning644")  # held-out set 710, opened after its blind measurement
TUNING645, TUNING645_CLEAN = load_set("deid_tuning645")  # held-out set 711, opened after its blind measurement
TUNING646, TUNING646_CLEAN = load_set("deid_tuning646")  # held-out set 712, opened after its blind measurement
TUNING647, TUNING647_CLEAN = load_set("deid_tuning647")  # held-out set 713, opened after its blind measurement
TUNING648, TUNING648_CLEAN = load_set("deid_tuning648")  # held-out set 714, opened after its blind measurement
TUNING649, TUNING649_CLEAN = load_set("deid_tuning649")  # held-out set 715, opened after its blind measurement
TUNING650, TUNING650_CLEAN = load_set("deid_tuning650")  # held-out set 716, opened after its blind measurement
TUNING651, TUNING651_CLEAN = load_set("deid_tuning651")  # held-out set 717, opened after its blind measurement
TUNING652, TUNING652_CLEAN = load_set("deid_tuning652")  # held-out set 718, opened after its blind measurement
TUNING653, TUNING653_CLEAN = load_set("deid_tuning653")  # held-out set 719, opened after its blind measurement
TUNING654, TUNING654_CLEAN = load_set("deid_tuning654")  # held-out set 720, opened after its blind measurement
TUNING655, TUNING655_CLEAN = load_set("deid_tuning655")  # held-out set 721, opened after its blind measurement
TUNING656, TUNING656_CLEAN = load_set("deid_tuning656")  # held-out set 722, opened after its blind measurement
TUNING657, TUNING657_CLEAN = load_set("deid_tuning657")  # held-out set 723, opened after its blind measurement
TUNING658, TUNING658_CLEAN = load_set("deid_tuning658")  # held-out set 724, opened after its blind measurement
TUNING659, TUNING659_CLEAN = load_set("deid_tuning659")  # held-out set 725, opened after its blind measurement
TUNING660, TUNING660_CLEAN = load_set("deid_tuning660")  # held-out set 726, opened after its blind measurement
TUNING661, TUNING661_CLEAN = load_set("deid_tuning661")  # held-out set 727, opened after its blind measurement
TUNING662, TUNING662_CLEAN = load_set("deid_tuning662")  # held-out set 728, opened after its blind measurement
TUNING663, TUNING663_CLEAN = load_set("deid_tuning663")  # held-out set 729, opened after its blind measurement
TUNING664, TUNING664_CLEAN = load_set("deid_tuning664")  # held-out set 730, opened after its blind measurement
TUNING665, TUNING665_CLEAN = load_set("deid_tuning665")  # held-out set 731, opened after its blind measurement
TUNING666, TUNING666_CLEAN = load_set("deid_tuning666")  # held-out set 732, opened after its blind measurement
TUNING667, TUNING667_CLEAN = load_set("deid_tuning667")  # held-out set 733, opened after its blind measurement
TUNING668, TUNING668_CLEAN = load_set("deid_tuning668")  # held-out set 734, opened after its blind measurement
TUNING669, TUNING669_CLEAN = load_set("deid_tuning669")  # held-out set 735, opened after its blind measurement
TUNING670, TUNING670_CLEAN = load_set("deid_tuning670")  # held-out set 736, opened after its blind measurement
TUNING671, TUNING671_CLEAN = load_set("deid_tuning671")  # held-out set 737, opened after its blind measurement
TUNING672, TUNING672_CLEAN = load_set("deid_tuning672")  # held-out set 738, opened after its blind measurement
TUNING673, TUNING673_CLEAN = load_set("deid_tuning673")  # held-out set 739, opened after its blind measurement
TUNING674, TUNING674_CLEAN = load_set("deid_tuning674")  # held-out set 740, opened after its blind measurement
TUNING675, TUNING675_CLEAN = load_set("deid_tuning675")  # held-out set 741, opened after its blind measurement
TUNING676, TUNING676_CLEAN = load_set("deid_tuning676")  # held-out set 742, opened after its blind measurement
TUNING677, TUNING677_CLEAN = load_set("deid_tuning677")  # held-out set 743, opened after its blind measurement
TUNING678, TUNING678_CLEAN = load_set("deid_tuning678")  # held-out set 744, opened after its blind measurement
TUNING679, TUNING679_CLEAN = load_set("deid_tuning679")  # held-out set 745, opened after its blind measurement
TUNING680, TUNING680_CLEAN = load_set("deid_tuning680")  # held-out set 746, opened after its blind measurement
TUNING681, TUNING681_CLEAN = load_set("deid_tuning681")  # held-out set 747, opened after its blind measurement
TUNING682, TUNING682_CLEAN = load_set("deid_tuning682")  # held-out set 748, opened after its blind measurement
TUNING683, TUNING683_CLEAN = load_set("deid_tuning683")  # held-out set 749, opened after its blind measurement
TUNING684, TUNING684_CLEAN = load_set("deid_tuning684")  # held-out set 750, opened after its blind measurement
TUNING685, TUNING685_CLEAN = load_set("deid_tuning685")  # held-out set 751, opened after its blind measurement
TUNING686, TUNING686_CLEAN = load_set("deid_tuning686")  # held-out set 752, opened after its blind measurement
TUNING687, TUNING687_CLEAN = load_set("deid_tuning687")  # held-out set 753, opened after its blind measurement
TUNING688, TUNING688_CLEAN = load_set("deid_tuning688")  # held-out set 754, opened after its blind measurement
TUNING689, TUNING689_CLEAN = load_set("deid_tuning689")  # held-out set 755, opened after its blind measurement
TUNING690, TUNING690_CLEAN = load_set("deid_tuning690")  # held-out set 756, opened after its blind measurement
TUNING691, TUNING691_CLEAN = load_set("deid_tuning691")  # held-out set 757, opened after its blind measurement
TUNING692, TUNING692_CLEAN = load_set("deid_tuning692")  # held-out set 758, opened after its blind measurement
TUNING693, TUNING693_CLEAN = load_set("deid_tuning693")  # held-out set 759, opened after its blind measurement
TUNING694, TUNING694_CLEAN = load_set("deid_tuning694")  # held-out set 760, opened after its blind measurement
TUNING695, TUNING695_CLEAN = load_set("deid_tuning695")  # held-out set 761, opened after its blind measurement
TUNING696, TUNING696_CLEAN = load_set("deid_tuning696")  # held-out set 762, opened after its blind measurement
TUNING697, TUNING697_CLEAN = load_set("deid_tuning697")  # held-out set 763, opened after its blind measurement
TUNING698, TUNING698_CLEAN = load_set("deid_tuning698")  # held-out set 764, opened after its blind measurement
TUNING699, TUNING699_CLEAN = load_set("deid_tuning699")  # held-out set 765, opened after its blind measurement
TUNING700, TUNING700_CLEAN = load_set("deid_tuning700")  # held-out set 766, opened after its blind measurement
TUNING701, TUNING701_CLEAN = load_set("deid_tuning701")  # held-out set 767, opened after its blind measurement
TUNING702, TUNING702_CLEAN = load_set("deid_tuning702")  # held-out set 768, opened after its blind measurement
TUNING703, TUNING703_CLEAN = load_set("deid_tuning703")  # held-out set 769, opened after its blind measurement
TUNING704, TUNING704_CLEAN = load_set("deid_tuning704")  # held-out set 770, opened after its blind measurement
TUNING705, TUNING705_CLEAN = load_set("deid_tuning705")  # held-out set 771, opened after its blind measurement
TUNING706, TUNING706_CLEAN = load_set("deid_tuning706")  # held-out set 772, opened after its blind measurement
TUNING707, TUNING707_CLEAN = load_set("deid_tuning707")  # held-out set 773, opened after its blind measurement
TUNING708, TUNING708_CLEAN = load_set("deid_tuning708")  # held-out set 774, opened after its blind measurement
TUNING709, TUNING709_CLEAN = load_set("deid_tuning709")  # held-out set 775, opened after its blind measurement
TUNING710, TUNING710_CLEAN = load_set("deid_tuning710")  # held-out set 776, opened after its blind measurement
TUNING711, TUNING711_CLEAN = load_set("deid_tuning711")  # held-out set 777, opened after its blind measurement
TUNING712, TUNING712_CLEAN = load_set("deid_tuning712")  # held-out set 778, opened after its blind measurement
TUNING713, TUNING713_CLEAN = load_set("deid_tuning713")  # held-out set 779, opened after its blind measurement
TUNING714, TUNING714_CLEAN = load_set("deid_tuning714")  # held-out set 780, opened after its blind measurement
TUNING715, TUNING715_CLEAN = load_set("deid_tuning715")  # held-out set 781, opened after its blind measurement
TUNING716, TUNING716_CLEAN = load_set("deid_tuning716")  # held-out set 782, opened after its blind measurement
TUNING717, TUNING717_CLEAN = load_set("deid_tuning717")  # held-out set 783, opened after its blind measurement
TUNING718, TUNING718_CLEAN = load_set("deid_tuning718")  # held-out set 784, opened after its blind measurement
TUNING719, TUNING719_CLEAN = load_set("deid_tuning719")  # held-out set 785, opened after its blind measurement
TUNING720, TUNING720_CLEAN = load_set("deid_tuning720")  # held-out set 786, opened after its blind measurement
TUNING721, TUNING721_CLEAN = load_set("deid_tuning721")  # held-out set 787, opened after its blind measurement
TUNING722, TUNING722_CLEAN = load_set("deid_tuning722")  # held-out set 788, opened after its blind measurement
TUNING723, TUNING723_CLEAN = load_set("deid_tuning723")  # held-out set 789, opened after its blind measurement
TUNING724, TUNING724_CLEAN = load_set("deid_tuning724")  # held-out set 790, opened after its blind measurement
TUNING725, TUNING725_CLEAN = load_set("deid_tuning725")  # held-out set 791, opened after its blind measurement
TUNING726, TUNING726_CLEAN = load_set("deid_tuning726")  # held-out set 792, opened after its blind measurement
TUNING727, TUNING727_CLEAN = load_set("deid_tuning727")  # held-out set 793, opened after its blind measurement
TUNING728, TUNING728_CLEAN = load_set("deid_tuning728")  # held-out set 802, opened after its blind measurement
TUNING729, TUNING729_CLEAN = load_set("deid_tuning729")  # held-out set 803, opened after its blind measurement
TUNING730, TUNING730_CLEAN = load_set("deid_tuning730")  # held-out set 804, opened after its blind measurement
TUNING731, TUNING731_CLEAN = load_set("deid_tuning731")  # held-out set 805, opened after its blind measurement
TUNING732, TUNING732_CLEAN = load_set("deid_tuning732")  # held-out set 806, opened after its blind measurement
TUNING733, TUNING733_CLEAN = load_set("deid_tuning733")  # held-out set 807, opened after its blind measurement
TUNING734, TUNING734_CLEAN = load_set("deid_tuning734")  # held-out set 808, opened after its blind measurement
TUNING735, TUNING735_CLEAN = load_set("deid_tuning735")  # held-out set 809, opened after its blind measurement
TUNING736, TUNING736_CLEAN = load_set("deid_tuning736")  # held-out set 794, opened after its blind measurement
TUNING737, TUNING737_CLEAN = load_set("deid_tuning737")  # held-out set 795, opened after its blind measurement
TUNING738, TUNING738_CLEAN = load_set("deid_tuning738")  # held-out set 796, opened after its blind measurement
TUNING739, TUNING739_CLEAN = load_set("deid_tuning739")  # held-out set 797, opened after its blind measurement
TUNING740, TUNING740_CLEAN = load_set("deid_tuning740")  # held-out set 798, opened after its blind measurement
TUNING741, TUNING741_CLEAN = load_set("deid_tuning741")  # held-out set 799, opened after its blind measurement
TUNING742, TUNING742_CLEAN = load_set("deid_tuning742")  # held-out set 800, opened after its blind measurement
TUNING743, TUNING743_CLEAN = load_set("deid_tuning743")  # held-out set 801, opened after its blind measurement
TUNING744, TUNING744_CLEAN = load_set("deid_tuning744")  # held-out set 810, opened after its blind measurement
TUNING745, TUNING745_CLEAN = load_set("deid_tuning745")  # held-out set 811, opened after its blind measurement
TUNING746, TUNING746_CLEAN = load_set("deid_tuning746")  # held-out set 812, opened after its blind measurement
TUNING747, TUNING747_CLEAN = load_set("deid_tuning747")  # held-out set 813, opened after its blind measurement
TUNING748, TUNING748_CLEAN = load_set("deid_tuning748")  # held-out set 814, opened after its blind measurement
TUNING749, TUNING749_CLEAN = load_set("deid_tuning749")  # held-out set 815, opened after its blind measurement
TUNING750, TUNING750_CLEAN = load_set("deid_tuning750")  # held-out set 816, opened after its blind measurement
TUNING751, TUNING751_CLEAN = load_set("deid_tuning751")  # held-out set 817, opened after its blind measurement
TUNING752, TUNING752_CLEAN = load_set("deid_tuning752")  # held-out set 818, opened after its blind measurement
TUNING753, TUNING753_CLEAN = load_set("deid_tuning753")  # held-out set 819, opened after its blind measurement
TUNING754, TUNING754_CLEAN = load_set("deid_tuning754")  # held-out set 820, opened after its blind measurement
TUNING755, TUNING755_CLEAN = load_set("deid_tuning755")  # held-out set 821, opened after its blind measurement
TUNING756, TUNING756_CLEAN = load_set("deid_tuning756")  # held-out set 822, opened after its blind measurement
TUNING757, TUNING757_CLEAN = load_set("deid_tuning757")  # held-out set 823, opened after its blind measurement
TUNING758, TUNING758_CLEAN = load_set("deid_tuning758")  # held-out set 824, opened after its blind measurement
TUNING759, TUNING759_CLEAN = load_set("deid_tuning759")  # held-out set 825, opened after its blind measurement
TUNING760, TUNING760_CLEAN = load_set("deid_tuning760")  # held-out set 826, opened after its blind measurement
TUNING761, TUNING761_CLEAN = load_set("deid_tuning761")  # held-out set 827, opened after its blind measurement
TUNING762, TUNING762_CLEAN = load_set("deid_tuning762")  # held-out set 828, opened after its blind measurement
TUNING763, TUNING763_CLEAN = load_set("deid_tuning763")  # held-out set 829, opened after its blind measurement
TUNING764, TUNING764_CLEAN = load_set("deid_tuning764")  # held-out set 830, opened after its blind measurement
TUNING765, TUNING765_CLEAN = load_set("deid_tuning765")  # held-out set 831, opened after its blind measurement
TUNING766, TUNING766_CLEAN = load_set("deid_tuning766")  # held-out set 832, opened after its blind measurement
TUNING767, TUNING767_CLEAN = load_set("deid_tuning767")  # held-out set 833, opened after its blind measurement
TUNING768, TUNING768_CLEAN = load_set("deid_tuning768")  # held-out set 834, opened after its blind measurement
TUNING769, TUNING769_CLEAN = load_set("deid_tuning769")  # held-out set 835, opened after its blind measurement
TUNING770, TUNING770_CLEAN = load_set("deid_tuning770")  # held-out set 836, opened after its blind measurement
TUNING771, TUNING771_CLEAN = load_set("deid_tuning771")  # held-out set 837, opened after its blind measurement
TUNING772, TUNING772_CLEAN = load_set("deid_tuning772")  # held-out set 838, opened after its blind measurement
TUNING773, TUNING773_CLEAN = load_set("deid_tuning773")  # held-out set 839, opened after its blind measurement
TUNING774, TUNING774_CLEAN = load_set("deid_tuning774")  # held-out set 840, opened after its blind measurement
TUNING775, TUNING775_CLEAN = load_set("deid_tuning775")  # held-out set 841, opened after its blind measurement
TUNING776, TUNING776_CLEAN = load_set("deid_tuning776")  # held-out set 842, opened after its blind measurement
TUNING777, TUNING777_CLEAN = load_set("deid_tuning777")  # held-out set 843, opened after its blind measurement
TUNING778, TUNING778_CLEAN = load_set("deid_tuning778")  # held-out set 844, opened after its blind measurement
TUNING779, TUNING779_CLEAN = load_set("deid_tuning779")  # held-out set 845, opened after its blind measurement
TUNING780, TUNING780_CLEAN = load_set("deid_tuning780")  # held-out set 846, opened after its blind measurement
TUNING781, TUNING781_CLEAN = load_set("deid_tuning781")  # held-out set 847, opened after its blind measurement
TUNING782, TUNING782_CLEAN = load_set("deid_tuning782")  # held-out set 848, opened after its blind measurement
TUNING783, TUNING783_CLEAN = load_set("deid_tuning783")  # held-out set 849, opened after its blind measurement
TUNING784, TUNING784_CLEAN = load_set("deid_tuning784")  # held-out set 850, opened after its blind measurement
TUNING785, TUNING785_CLEAN = load_set("deid_tuning785")  # held-out set 851, opened after its blind measurement
TUNING786, TUNING786_CLEAN = load_set("deid_tuning786")  # held-out set 852, opened after its blind measurement
TUNING787, TUNING787_CLEAN = load_set("deid_tuning787")  # held-out set 853, opened after its blind measurement
TUNING788, TUNING788_CLEAN = load_set("deid_tuning788")  # held-out set 854, opened after its blind measurement
TUNING789, TUNING789_CLEAN = load_set("deid_tuning789")  # held-out set 855, opened after its blind measurement
TUNING790, TUNING790_CLEAN = load_set("deid_tuning790")  # held-out set 856, opened after its blind measurement
TUNING791, TUNING791_CLEAN = load_set("deid_tuning791")  # held-out set 857, opened after its blind measurement
TUNING792, TUNING792_CLEAN = load_set("deid_tuning792")  # held-out set 858, opened after its blind measurement
TUNING793, TUNING793_CLEAN = load_set("deid_tuning793")  # held-out set 859, opened after its blind measurement
TUNING794, TUNING794_CLEAN = load_set("deid_tuning794")  # held-out set 860, opened after its blind measurement
TUNING795, TUNING795_CLEAN = load_set("deid_tuning795")  # held-out set 861, opened after its blind measurement
TUNING796, TUNING796_CLEAN = load_set("deid_tuning796")  # held-out set 862, opened after its blind measurement
TUNING797, TUNING797_CLEAN = load_set("deid_tuning797")  # held-out set 863, opened after its blind measurement
TUNING798, TUNING798_CLEAN = load_set("deid_tuning798")  # held-out set 864, opened after its blind measurement
TUNING799, TUNING799_CLEAN = load_set("deid_tuning799")  # held-out set 865, opened after its blind measurement
TUNING800, TUNING800_CLEAN = load_set("deid_tuning800")  # held-out set 874, opened after its blind measurement
TUNING801, TUNING801_CLEAN = load_set("deid_tuning801")  # held-out set 875, opened after its blind measurement
TUNING802, TUNING802_CLEAN = load_set("deid_tuning802")  # held-out set 876, opened after its blind measurement
TUNING803, TUNING803_CLEAN = load_set("deid_tuning803")  # held-out set 877, opened after its blind measurement
TUNING804, TUNING804_CLEAN = load_set("deid_tuning804")  # held-out set 878, opened after its blind measurement
TUNING805, TUNING805_CLEAN = load_set("deid_tuning805")  # held-out set 879, opened after its blind measurement
TUNING806, TUNING806_CLEAN = load_set("deid_tuning806")  # held-out set 880, opened after its blind measurement
TUNING807, TUNING807_CLEAN = load_set("deid_tuning807")  # held-out set 881, opened after its blind measurement
TUNING808, TUNING808_CLEAN = load_set("deid_tuning808")  # held-out set 882, opened after its blind measurement
TUNING809, TUNING809_CLEAN = load_set("deid_tuning809")  # held-out set 883, opened after its blind measurement
TUNING810, TUNING810_CLEAN = load_set("deid_tuning810")  # held-out set 884, opened after its blind measurement
TUNING811, TUNING811_CLEAN = load_set("deid_tuning811")  # held-out set 885, opened after its blind measurement
TUNING812, TUNING812_CLEAN = load_set("deid_tuning812")  # held-out set 886, opened after its blind measurement
TUNING813, TUNING813_CLEAN = load_set("deid_tuning813")  # held-out set 887, opened after its blind measurement
TUNING814, TUNING814_CLEAN = load_set("deid_tuning814")  # held-out set 888, opened after its blind measurement
TUNING815, TUNING815_CLEAN = load_set("deid_tuning815")  # held-out set 889, opened after its blind measurement
# closed held-out sets: only aggregate figures are read from them (bench/bench_deidentify.py)
HELDOUT90, HELDOUT90_CLEAN = load_set("deid_heldout90")
HELDOUT91, HELDOUT91_CLEAN = load_set("deid_heldout91")
HELDOUT92, HELDOUT92_CLEAN = load_set("deid_heldout92")
HELDOUT93, HELDOUT93_CLEAN = load_set("deid_heldout93")
HELDOUT141, HELDOUT141_CLEAN = load_set("deid_heldout141")
HELDOUT143, HELDOUT143_CLEAN = load_set("deid_heldout143")
HELDOUT144, HELDOUT144_CLEAN = load_set("deid_heldout144")
HELDOUT145, HELDOUT145_CLEAN = load_set("deid_heldout145")
HELDOUT150, HELDOUT150_CLEAN = load_set("deid_heldout150")
HELDOUT151, HELDOUT151_CLEAN = load_set("deid_heldout151")
HELDOUT152, HELDOUT152_CLEAN = load_set("deid_heldout152")
HELDOUT153, HELDOUT153_CLEAN = load_set("deid_heldout153")
HELDOUT346, HELDOUT346_CLEAN = load_set("deid_heldout346")
HELDOUT347, HELDOUT347_CLEAN = load_set("deid_heldout347")
HELDOUT348, HELDOUT348_CLEAN = load_set("deid_heldout348")
HELDOUT349, HELDOUT349_CLEAN = load_set("deid_heldout349")
HELDOUT350, HELDOUT350_CLEAN = load_set("deid_heldout350")
HELDOUT351, HELDOUT351_CLEAN = load_set("deid_heldout351")
HELDOUT352, HELDOUT352_CLEAN = load_set("deid_heldout352")
HELDOUT353, HELDOUT353_CLEAN = load_set("deid_heldout353")
HELDOUT410, HELDOUT410_CLEAN = load_set("deid_heldout410")
HELDOUT411, HELDOUT411_CLEAN = load_set("deid_heldout411")
HELDOUT412, HELDOUT412_CLEAN = load_set("deid_heldout412")
HELDOUT413, HELDOUT413_CLEAN = load_set("deid_heldout413")
HELDOUT414, HELDOUT414_CLEAN = load_set("deid_heldout414")
HELDOUT415, HELDOUT415_CLEAN = load_set("deid_heldout415")
HELDOUT416, HELDOUT416_CLEAN = load_set("deid_heldout416")
HELDOUT417, HELDOUT417_CLEAN = load_set("deid_heldout417")
HELDOUT466, HELDOUT466_CLEAN = load_set("deid_heldout466")
HELDOUT467, HELDOUT467_CLEAN = load_set("deid_heldout467")
HELDOUT468, HELDOUT468_CLEAN = load_set("deid_heldout468")
HELDOUT469, HELDOUT469_CLEAN = load_set("deid_heldout469")
HELDOUT470, HELDOUT470_CLEAN = load_set("deid_heldout470")
HELDOUT471, HELDOUT471_CLEAN = load_set("deid_heldout471")
HELDOUT472, HELDOUT472_CLEAN = load_set("deid_heldout472")
HELDOUT473, HELDOUT473_CLEAN = load_set("deid_heldout473")
HELDOUT522, HELDOUT522_CLEAN = load_set("deid_heldout522")
HELDOUT523, HELDOUT523_CLEAN = load_set("deid_heldout523")
HELDOUT524, HELDOUT524_CLEAN = load_set("deid_heldout524")
HELDOUT525, HELDOUT525_CLEAN = load_set("deid_heldout525")
HELDOUT526, HELDOUT526_CLEAN = load_set("deid_heldout526")
HELDOUT527, HELDOUT527_CLEAN = load_set("deid_heldout527")
HELDOUT528, HELDOUT528_CLEAN = load_set("deid_heldout528")
HELDOUT529, HELDOUT529_CLEAN = load_set("deid_heldout529")
HELDOUT530, HELDOUT530_CLEAN = load_set("deid_heldout530")
HELDOUT531, HELDOUT531_CLEAN = load_set("deid_heldout531")
HELDOUT532, HELDOUT532_CLEAN = load_set("deid_heldout532")
HELDOUT533, HELDOUT533_CLEAN = load_set("deid_heldout533")
HELDOUT534, HELDOUT534_CLEAN = load_set("deid_heldout534")
HELDOUT535, HELDOUT535_CLEAN = load_set("deid_heldout535")
HELDOUT536, HELDOUT536_CLEAN = load_set("deid_heldout536")
HELDOUT537, HELDOUT537_CLEAN = load_set("deid_heldout537")
HELDOUT538, HELDOUT538_CLEAN = load_set("deid_heldout538")
HELDOUT539, HELDOUT539_CLEAN = load_set("deid_heldout539")
HELDOUT540, HELDOUT540_CLEAN = load_set("deid_heldout540")
HELDOUT541, HELDOUT541_CLEAN = load_set("deid_heldout541")
HELDOUT542, HELDOUT542_CLEAN = load_set("deid_heldout542")
HELDOUT543, HELDOUT543_CLEAN = load_set("deid_heldout543")
HELDOUT544, HELDOUT544_CLEAN = load_set("deid_heldout544")
HELDOUT545, HELDOUT545_CLEAN = load_set("deid_heldout545")
HELDOUT586, HELDOUT586_CLEAN = load_set("deid_heldout586")
HELDOUT587, HELDOUT587_CLEAN = load_set("deid_heldout587")
HELDOUT588, HELDOUT588_CLEAN = load_set("deid_heldout588")
HELDOUT589, HELDOUT589_CLEAN = load_set("deid_heldout589")
HELDOUT590, HELDOUT590_CLEAN = load_set("deid_heldout590")
HELDOUT591, HELDOUT591_CLEAN = load_set("deid_heldout591")
HELDOUT592, HELDOUT592_CLEAN = load_set("deid_heldout592")
HELDOUT593, HELDOUT593_CLEAN = load_set("deid_heldout593")
HELDOUT866, HELDOUT866_CLEAN = load_set("deid_heldout866")
HELDOUT867, HELDOUT867_CLEAN = load_set("deid_heldout867")
HELDOUT868, HELDOUT868_CLEAN = load_set("deid_heldout868")
HELDOUT869, HELDOUT869_CLEAN = load_set("deid_heldout869")
HELDOUT870, HELDOUT870_CLEAN = load_set("deid_heldout870")
HELDOUT871, HELDOUT871_CLEAN = load_set("deid_heldout871")
HELDOUT872, HELDOUT872_CLEAN = load_set("deid_heldout872")
HELDOUT873, HELDOUT873_CLEAN = load_set("deid_heldout873")
HELDOUT890, HELDOUT890_CLEAN = load_set("deid_heldout890")
HELDOUT891, HELDOUT891_CLEAN = load_set("deid_heldout891")
HELDOUT892, HELDOUT892_CLEAN = load_set("deid_heldout892")
HELDOUT893, HELDOUT893_CLEAN = load_set("deid_heldout893")
HELDOUT894, HELDOUT894_CLEAN = load_set("deid_heldout894")
HELDOUT895, HELDOUT895_CLEAN = load_set("deid_heldout895")
HELDOUT896, HELDOUT896_CLEAN = load_set("deid_heldout896")
HELDOUT897, HELDOUT897_CLEAN = load_set("deid_heldout897")



# Reporting groups for the targets: structured kinds must never survive.
STRUCTURED = ("telefoonnummer", "e-mailadres", "bsn", "iban", "postcode", "kenteken",
              "zaaknummer", "url", "handle", "nummer")
GROUP: dict[str, str] = {
    "naam_klein": "naam", "naam_rol": "naam", "datum_zonder_jaar": "datum",
    "rechtbank": "plaats", "handle": "account", "straat": "adres", "medewerker": "organisatie (config)", "team": "organisatie (config)",
    "locatie": "organisatie (config)", "organisatie": "organisatie (config)",
}

# Words in planted strings that are not identifying on their own (checked only as
# part of the full planted string).
def _data_words(name: str) -> frozenset[str]:
    from stemsync.deidentify.lists import words  # noqa: PLC0415

    return words(name)


GENERIC_WORDS = {
    "de", "het", "van", "der", "den", "t", "s", "op", "en", "in", "voor", "jeugd",
    "the",  # the English article inside a marker ("{school:the Rijnlands Lyceum}"), like "de" and "het"
    "basisschool", "obs", "cbs", "ikc", "sg", "roc", "school", "college", "lyceum",
    "gymnasium", "stedelijk", "christelijk", "praktijkschool", "daltonschool",
    "ggz", "zorgboerderij", "gezinshuis", "crisisopvang", "jeugdzorg", "plus",
    "jeugdbescherming", "stichting", "kinderziekenhuis", "kinderopvang", "team",
    "postbus", "www", "http", "https", "com", "nl", "org", "opvoedhulp", "raad",
    "kinderbescherming", "midden", "nederland", "oost", "west", "noord", "at",
    # a court's name: the seat identifies ("rechtbank [Zwolle]"), the word "rechtbank" does not
    "rechtbank", "gerechtshof", "hof", "locatie", "rb",
    # national bodies whose abbreviation stands before a person's number ("COA 4418 2270")
    "coa", "duo", "uwv", "svb", "cjib", "ind", "cak", "rvdk",
    # public youth-health services before a child's number ("jgz 2023-0445-apd"), added in the fifth session
    "jgz", "cjg", "ggd",
    # words of a school's type inside a school marker ("{school:Het Kompas, school voor speciaal
    # onderwijs}", "{school:de Internationale Schakelklas in Arnhem}"): the name identifies
    "speciaal", "onderwijs", "internationale", "schakelklas", "technisch", "opleidingscentrum",
    # the type word of a living group or venue inside its marker ("{school:groep Zonnebloem}",
    # "{plaats:buurthuis de mussen}"): the name identifies, the type word stays in the text by
    # design; added in the sixth session, before held-out sets 47-50 were measured
    "groep", "leefgroep", "woongroep", "crisisgroep", "behandelgroep", "huize", "villa", "paviljoen",
    "logeerhuis", "buurthuis", "buurtcentrum", "wijkcentrum", "jongerencentrum", "moskee", "kerk",
    "mandir", "sportschool", "gym", "vereniging", "kinderdagverblijf", "peuterspeelzaal",
    "vv", "hvv", "svv", "sv", "rkvv", "rksv", "fc", "centrum", "cultureel", "islamitisch", "plas",
    # a business's type word inside its marker ("{naam:bakkerij smeenk}", "{naam:garage Mulder}"):
    # the owner's name identifies, the type word stays by design; added in the seventh session,
    # after held-out sets 66-69 were measured (their figure with and without it: docs/publish.md)
    "bakkerij", "bakker", "garage", "autobedrijf", "autoschade", "fietsenmaker", "super", "supermarkt",
    "slagerij", "kapsalon", "kapper", "snackbar", "studio", "dansstudio", "harmonie", "ijsbaan", "club",
} | {w.lower() for w in _data_words("venue_words")}  # every venue type word of the de-identifier


# Inside an account name, e-mail address or URL, the name of a platform and an ordinary
# word ("linkedin", "pleeggezin" in @pleeggezin_zonnebloem) identify nobody when they
# also stand elsewhere in the comment; the whole value, its digits and its other
# words still count.
PLATFORM_WORDS = {"linkedin", "facebook", "tiktok", "instagram", "insta", "snapchat", "snap",
                  "marktplaats", "youtube", "twitter", "discord", "whatsapp", "gmail",
                  "hotmail", "outlook", "live", "icloud", "ziggo", "kpnmail", "yahoo"}


def _ordinary_words() -> frozenset[str]:
    from stemsync.deidentify.lists import dictionary
    return dictionary().words


def leaked(planted: str, output: str) -> bool:
    """True when the planted value (or an identifying part of it) survives."""
    low_out = output.lower()
    contact = bool(re.search(r"[@/]|www\.|\.(?:nl|com|org|net)\b|_", planted))
    if planted.lower() in low_out:
        return True
    digits = re.sub(r"\D", "", planted)
    if len(digits) >= 4:
        squeezed = re.sub(r"[\s.\-()/+]", "", output)
        if any(digits[i: i + 4] in squeezed for i in range(len(digits) - 3)):
            return True
    for tok in re.findall(r"[^\W\d_]+", planted):
        low = tok.lower()
        if low in GENERIC_WORDS or len(tok) < 3:
            continue
        if contact and (low in PLATFORM_WORDS or low in _ordinary_words()):
            continue
        if re.search(rf"(?<!\w){re.escape(low)}(?!\w)", low_out):
            return True
    return False


_ALNUM_RE = re.compile(r"[^\W_]+")
NOT_IDENTIFYING = {"jaar", "jr", "jarige", "jarig", "oud",
                   # a role, kinship or title word and a possessive inside a marker ("{naam:juf
                   # Senait}", "{naam:MIJN NEEF ANOUAR}") identify nobody: the name does
                   "mijn", "mn", "zijn", "haar", "onze", "ons", "fam", "familie", "mevr", "mw", "dhr", "mr",
                   # (and their English counterparts, as "mr" already was: "{naam:Mrs. Van den Berg}")
                   "mrs", "ms", "miss", "mister", "aunt", "auntie", "uncle",
                   "meneer", "mevrouw", "heer", "juf", "juffrouw", "meester", "oom", "tante", "neef", "nicht",
                   "opa", "oma", "broer", "zus", "vriend", "vriendin", "voogd", "mentor", "begeleider",
                   # adverbs and weekdays inside an age or date marker ("{leeftijd:bijna 13}",
                   # "{datum:maandag 4-11}"): the number identifies, these words do not
                   "bijna", "net", "pas", "nu", "thans", "ongeveer", "maandag", "dinsdag", "woensdag", "donderdag",
                   "vrijdag", "zaterdag", "zondag"}


def _case_keywords() -> frozenset[str]:
    """Words such as "dossiernummer", "clientnr": a keyword, not an identifier."""
    from stemsync.deidentify.lists import entries
    return frozenset(w.rstrip(".") for e in entries("case_keywords") for w in e.lower().split())


def survives(p: Planted, case: Case, res) -> bool:
    """Whether planted value ``p`` (or an identifying part of it) is left in ``res``.

    With offsets and findings: every part of the value at its place in the text that
    could identify (anything with a digit, and words of three letters or more that are
    not generic) must lie inside a finding. So the same word elsewhere in the comment
    ("Ben ... ik ben") is no leak, and a half-redacted value is one. Without offsets:
    the text check :func:`leaked`."""
    found = getattr(res, "found", None)
    if p.start < 0 or found is None:
        return leaked(p.value, res.text)
    contact = bool(re.search(r"[@/]|www\.|\.(?:nl|com|org|net)\b|_", p.value))
    for m in _ALNUM_RE.finditer(case.text, p.start, p.end):
        tok = m.group().lower()
        if not any(c.isdigit() for c in tok):
            if len(tok) < 3 or tok in GENERIC_WORDS or tok in NOT_IDENTIFYING or tok in _case_keywords():
                continue
            if contact and (tok in PLATFORM_WORDS or tok in _ordinary_words()):
                continue
        if not any(f.start <= m.start() and m.end() <= f.end for f in found):
            return True
    return False


def recall(results, cases: list[Case]) -> dict[str, list[int]]:
    """category -> [caught, planted] for de-identified ``results`` of ``cases``."""
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case, res in zip(cases, results):
        for p in case.planted:
            stats[p.category][1] += 1
            stats[p.category][0] += not survives(p, case, res)
    return dict(stats)


def leaky(case: Case, res) -> bool:
    """Whether any planted value of ``case`` is left in ``res``."""
    return any(survives(p, case, res) for p in case.planted)


def grouped(stats: dict[str, list[int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cat, (c, n) in stats.items():
        g = GROUP.get(cat, cat)
        out[g][0] += c
        out[g][1] += n
    return dict(out)


_WORD_RE = re.compile(r"[^\W_][\w'’-]*")


def over_redaction(results, texts: list[str]) -> tuple[int, int]:
    """(words inside a redacted span, all words) over clean ``texts``."""
    hit = total = 0
    for text, res in zip(texts, results):
        for m in _WORD_RE.finditer(text):
            total += 1
            hit += any(f.start < m.end() and m.start() < f.end for f in res.found)
    return hit, total


def report(deid) -> str:
    """The recall table per kind on every part and the over-redaction, as text."""
    parts = PARTS
    stats = {name: grouped(recall(deid.deidentify_many(c.text for c in cases), cases))
             for name, (cases, _) in parts.items()}
    kinds = sorted(set().union(*stats.values()))
    lines = [f"{'kind':<22}" + "".join(f" {name:>14}" for name in parts)]
    for kind in kinds:
        cells = []
        for name in parts:
            c, n = stats[name].get(kind, [0, 0])
            cells.append(f"{c:>3}/{n:<3} {c / n:5.2f}" if n else f"{'-':>14}")
        lines.append(f"{kind:<22}" + "".join(f" {cell:>14}" for cell in cells))
    for name in parts:
        c = sum(v[0] for v in stats[name].values())
        n = sum(v[1] for v in stats[name].values())
        lines.append(f"ALL {name:<18} {c}/{n} = {c / n:.3f} (missed {1 - c / n:.1%})")
    for name, (_, clean) in parts.items():
        hit, total = over_redaction(deid.deidentify_many(clean), clean)
        lines.append(f"over-redaction ({name} clean): {hit}/{total} words = {hit / total:.2%}")
    return "\n".join(lines)


# Ordinary feedback without personal data: must come through (mostly) unchanged.
CLEAN_SENTENCES: list[str] = [
    "Het gesprek was fijn en ik voelde me gehoord.",
    "Ik vind dat jullie beter moeten luisteren naar kinderen.",
    "Mijn voogd belde nooit terug en dat vond ik niet fijn.",
    "De begeleiding op de groep is goed, maar het eten kan beter.",
    "Ik wil meer zelf mogen beslissen over mijn leven.",
    "Soms duurt het heel lang voordat er iets gebeurt.",
    "Mijn moeder wil niet dat ik naar de groep ga.",
    "De jeugdzorg moet beter samenwerken met school.",
    "Ik ben blij dat ik eindelijk een vaste begeleider heb.",
    "Er zijn te veel wisselingen van voogd geweest.",
    "Het was fijn dat ik zelf mocht vertellen wat er aan de hand was.",
    "Ik had graag eerder hulp gekregen.",
    "De mentor op school weet niet wat er thuis gebeurt.",
    "Ik vind het stom dat ik niet bij mijn broer mag wonen.",
    "Tip: kom vaker langs en bel niet alleen.",
    "Wat kan beter? Meer tijd voor de kinderen en minder papierwerk.",
    "Ik heb geen klachten, iedereen was aardig.",
    "Mijn zus en ik willen graag samen op bezoek bij oma.",
    "De hulpverlener was vaak te laat en dat is niet oke.",
    "Het duurde drie maanden voordat ik een gesprek kreeg.",
    "Ik kreeg 2 keer per week bezoek en dat was genoeg.",
    "Er waren 10 kinderen op de groep en maar 2 begeleiders.",
    "We hadden om 8 uur een afspraak maar niemand kwam.",
    "Ik ben al 3 jaar bij jullie en er is weinig veranderd.",
    "In de zomer is het op de groep heel saai.",
    "Ik wil dat jullie eerlijk zijn over wat er gaat gebeuren.",
    "Mijn vader heeft het moeilijk en krijgt geen hulp.",
    "De rechter heeft besloten dat ik niet naar huis mag.",
    "Kunnen jullie zorgen dat er meer activiteiten zijn in het weekend?",
    "Ik hoop dat het volgend jaar beter gaat.",
    "Het was een zware tijd maar de juf op school hielp mij.",
    "op school de hele dag niks gedaan want de juf was ziek",
    "op de havo de lessen waren te moeilijk voor mij",
    "de GGZ en de JGZ werken ECHT NIET samen",
    "Dit is ECHT SUPER SLECHT geregeld, maar de WMO hielp wel",
    "Ik heb 2 jaar hulp gehad en het werd niet beter.",
    "ik ben 2 jaar in behandeling geweest bij jullie",
    "dit was mijn 2e traject en nu ging het beter",
    "na 2jr wachten kreeg ik eindelijk een plek",
    "ik heb de juf de hele dag niet gezien",
    "de juf van de klas belde pas na een week",
    "Geachte heer/mevrouw, Hierbij stuur ik mijn reactie.",
    "er zat een merel in de tuin en die was mooi",
    "Ik vond het fijn dat ik in het Arabisch of Engels mocht praten.",
    "Tijdens de Ramadan pasten ze de tijden aan.",
    "We doen boodschappen bij de Dirk om de hoek.",
    "IK HEB EEN NIEUWE JOB GEVONDEN EN HET GAAT GOED",
    "ik zat in therepie bij jullie en dat hielp",
    "we keken samen op netflix en dat was gezellig",
    "op school de hele dag niks geleerd",
    "de obs in ons dorp is klein",
    "voor de 2e keer kwam er niemand opdagen",
    "ik ben de 2e van 4 kinderen thuis",
    "we wonen op 3 hoog en de lift is kapot",
    "Storm is voorspeld voor morgen, dus de uitje ging niet door.",
    "de lente is mooi en de bloemen bloeien",
    "Ben je er morgen ook bij het gesprek?",
    "Top 👍 echt goed gedaan allemaal",
    "we keken at home naar tv en dat was gezellig",
    "Het Wilhelmina Kinderziekenhuis belde niet terug.",
    "we waren meteen op de hoogte en in de buurt bleef het rustig",
    "in 2019, 2020 en 2021 was het zwaar voor ons gezin",
    "Ik heb 3 kinderen, 2 jongens en een meisje.",
    "ik geef jullie 4/5 sterren en een 9/10 voor de begeleider",
    "in groep 5/6 ging het beter, 24/7 bereikbaar is te veel gevraagd",
    "we komen uit Syrië en spreken Arabisch en Koerdisch",
    "ik ging op schoolreisje en op vakantie met de groep",
    "meneer van de gemeente was heel aardig",
    "OP HET SCHOOLPLEIN WAS HET DRUK EN OP HET STATIONSPLEIN OOK",
    "mijn kenteken is niet bekend bij de gemeente",
    "dank je wel voor alles, bedankt voor de hulp",
    "groetjes van ons allemaal en graag tot ziens",
    "op de basisschool was het leuk maar de muziekschool is duur",
    "het Wat Werkt-formulier is kort, de lidl en de albert heijn gaven bonnen",
    "ik heb slechte ervaringen met jeugzorg en de koelkasd was leeg",
    "ik ben een moeder met drie kinderen en ik werk fulltime",
    "die meneer van de raad had het over een OTS",
    "Geachte heer/mevrouw, De ondertoezichtstelling was ingrijpend.",
    "mijn moeder kon het in het Turks uitgelegd krijgen",
    "mijn zoon is op het vso begonnen en het sbo was ook goed",
    "De Eigen Kracht-conferentie bracht ons als familie dichter bij elkaar.",
    "IK HAD MEER CONTACT WILLEN MET MIJN BROERS EN ZUSSEN",
    "de groep was te druk en de raad heeft niks gedaan, de storm is gaan liggen",
    "ik wilde met mijn kinderen praten maar dat mocht niet",
    "Het nummer 0800-0432 van de kindertelefoon werkte wel.",
    "De crisisdienst van Veilig Thuis (0800 2000) nam meteen op, zie ook www.rijksoverheid.nl.",
    "kids van 12 tot 18 moeten meer inspraak hebben, kzou dat fijn vinden",
    "De inzet van het Familiegroepsplan heeft ons veel opgeleverd.",
    "thanks for everything, really appreciated",
    "de groep was gezellig en de hulp van de gemeente was goed",
    "Veilig Thuis kwam langs en toen werd alles anders.",
    "De William Schrikker Stichting heeft mijn voogdij.",
    "Ik woonde bij Leger des Heils in de opvang.",
    "De Raad voor de Kinderbescherming heeft niet met mij gepraat.",
    "Bij de gemeente wisten ze niet wie mijn voogd was.",
    "Ik vond het fijn dat mijn begeleider mij serieus nam.",
    "De groepsleiding is lief maar heeft te weinig tijd.",
    "Mijn pleegouders doen hun best en ik voel me thuis.",
    "Ik snap de brieven van jullie niet, ze zijn te moeilijk.",
    "Meer uitleg over de regels zou fijn zijn.",
    "Ik ben boos omdat niemand naar mij luistert.",
    "Het gesprek met de rechter was eng.",
    "Ik heb hoop dat het beter wordt.",
    "Op maandag en woensdag heb ik therapie, dat helpt wel.",
    "In maart begint mijn stage, daar kijk ik naar uit.",
    "Goed gedaan, ik ben tevreden over de hulp.",
    "De wachtlijst is te lang, ik heb een half jaar gewacht.",
    "Mijn broertje is nog klein en snapt het niet.",
    "Geef kinderen meer te zeggen!",
    "Alles was prima, niks aan te merken.",
    "Het huis was vies en de kamer was te klein.",
    "Ik wil een voogd die tijd heeft voor mij.",
    "De regels op de groep zijn streng maar wel eerlijk.",
    "Niet alles ging goed, maar ik heb veel geleerd.",
    "We moesten 45 minuten met de bus naar school.",
    "Ik ben 1 keer op bezoek geweest bij mijn moeder.",
    "Zorg dat de wifi op de groep beter werkt.",
    "Ik vind de nieuwe begeleider aardig maar ik ken haar nog niet goed.",
    "Het was een mooie dag en we hebben veel gelachen.",
    "De school en de groep praten niet met elkaar.",
    "Ik wil meer zakgeld, 5 euro per week is te weinig.",
    "Ik ben heel klaar met al die gesprekken.",
    "Bedankt voor alles, echt top!",
    # issue 9: durations, seasons with a year, instruments, numbers that are not ages
    "Na 4 maanden begeleiding ging het eindelijk beter.",
    "In de lente van 2022 ben ik verhuisd.",
    "Ik speel piano en trompet, dat helpt mij.",
    "Mijn broer speelt saxofoon in een bandje.",
    "Zomer 2024 was een fijne tijd.",
    "Het duurde 2 jaar voordat er hulp kwam.",
    "Ik ben 2 keer verhuisd dit jaar.",
    "Hij is 3 dagen weggeweest en niemand zocht hem.",
    "Ze is altijd 5 minuten te laat.",
    "Het is 8 uur en de begeleiding is er nog niet.",
    "Ik ben een van de 10 kinderen op de groep.",
    "Ik zit in groep 7 en het gaat goed.",
    "De uitslag was 3-1 voor ons team.",
    "Hulp die 24/7 bereikbaar is, is fijn.",
    "Het was een storm in mijn hoofd.",
    "Er is nog hoop voor ons gezin.",
    "ik zie het niet meer zitten met de groep",
    "ik mis mijn moeder heel erg",
    "IK BEN HEEL BLIJ MET DE HULP",
    "HET DUURDE 3 MAANDEN VOORDAT IEMAND BELDE",
    "In de herfst van 2021 begon de therapie.",
    "Het was 3 tot 4 keer per week, dat is veel.",
    "Op de weg naar school is het druk.",
    "We speelden op het schoolplein en in de speeltuin.",
    "Ik ging met de bus naar de stad.",
    "Mijn cijfer voor wiskunde is een 7.",
    "Hoop en liefde, dat hebben kinderen nodig.",
    "Fijn dat jullie er waren.",
    "Storm of niet, de begeleider kwam altijd.",
    "Het weekendprogramma was saai en de activiteitenbegeleider was er niet.",
    "de groepsavond was leuk en de huiskamerregels zijn duidelijk",
]

# Every part, for the reports: (planted cases, clean texts).
PARTS: dict[str, tuple[list[Case], list[str]]] = {
    "tuning": (TUNING_CASES, CLEAN_SENTENCES),
    "tuning 2": (TUNING2, TUNING2_CLEAN),
    "tuning 3": (TUNING3, TUNING3_CLEAN),
    "tuning 4": (TUNING4, TUNING4_CLEAN),
    "held-out 1": (HELDOUT_I9, HELDOUT_I9_CLEAN),
    "tuning 5": (TUNING5, TUNING5_CLEAN),
    "tuning 6": (TUNING6, TUNING6_CLEAN),
    "tuning 7": (TUNING7, TUNING7_CLEAN),
    "tuning 8": (TUNING8, TUNING8_CLEAN),
    "tuning 9": (TUNING9, TUNING9_CLEAN),
    "tuning 10": (TUNING10, TUNING10_CLEAN),
    "tuning 11": (TUNING11, TUNING11_CLEAN),
    "tuning 12": (TUNING12, TUNING12_CLEAN),
    "tuning 13": (TUNING13, TUNING13_CLEAN),
    "tuning 14": (TUNING14, TUNING14_CLEAN),
    "tuning 15": (TUNING15, TUNING15_CLEAN),
    "tuning 16": (TUNING16, TUNING16_CLEAN),
    "tuning 17": (TUNING17, TUNING17_CLEAN),
    "tuning 18": (TUNING18, TUNING18_CLEAN),
    "tuning 19": (TUNING19, TUNING19_CLEAN),
    "tuning 20": (TUNING20, TUNING20_CLEAN),
    "tuning 21": (TUNING21, TUNING21_CLEAN),
    "tuning 22": (TUNING22, TUNING22_CLEAN),
    "tuning 23": (TUNING23, TUNING23_CLEAN),
    "tuning 24": (TUNING24, TUNING24_CLEAN),
    "tuning 25": (TUNING25, TUNING25_CLEAN),
    "tuning 26": (TUNING26, TUNING26_CLEAN),
    "tuning 27": (TUNING27, TUNING27_CLEAN),
    "tuning 28": (TUNING28, TUNING28_CLEAN),
    "tuning 29": (TUNING29, TUNING29_CLEAN),
    "tuning 30": (TUNING30, TUNING30_CLEAN),
    "tuning 31": (TUNING31, TUNING31_CLEAN),
    "tuning 32": (TUNING32, TUNING32_CLEAN),
    "tuning 33": (TUNING33, TUNING33_CLEAN),
    "tuning 34": (TUNING34, TUNING34_CLEAN),
    "tuning 35": (TUNING35, TUNING35_CLEAN),
    "tuning 36": (TUNING36, TUNING36_CLEAN),
    "tuning 37": (TUNING37, TUNING37_CLEAN),
    "tuning 38": (TUNING38, TUNING38_CLEAN),
    "tuning 39": (TUNING39, TUNING39_CLEAN),
    "tuning 40": (TUNING40, TUNING40_CLEAN),
    "tuning 41": (TUNING41, TUNING41_CLEAN),
    "tuning 42": (TUNING42, TUNING42_CLEAN),
    "tuning 43": (TUNING43, TUNING43_CLEAN),
    "tuning 44": (TUNING44, TUNING44_CLEAN),
    "tuning 45": (TUNING45, TUNING45_CLEAN),
    "tuning 46": (TUNING46, TUNING46_CLEAN),
    "tuning 47": (TUNING47, TUNING47_CLEAN),
    "tuning 48": (TUNING48, TUNING48_CLEAN),
    "tuning 49": (TUNING49, TUNING49_CLEAN),
    "tuning 50": (TUNING50, TUNING50_CLEAN),
    "tuning 51": (TUNING51, TUNING51_CLEAN),
    "tuning 52": (TUNING52, TUNING52_CLEAN),
    "tuning 53": (TUNING53, TUNING53_CLEAN),
    "tuning 54": (TUNING54, TUNING54_CLEAN),
    "tuning 55": (TUNING55, TUNING55_CLEAN),
    "tuning 56": (TUNING56, TUNING56_CLEAN),
    "tuning 57": (TUNING57, TUNING57_CLEAN),
    "tuning 58": (TUNING58, TUNING58_CLEAN),
    "tuning 59": (TUNING59, TUNING59_CLEAN),
    "tuning 60": (TUNING60, TUNING60_CLEAN),
    "tuning 61": (TUNING61, TUNING61_CLEAN),
    "tuning 62": (TUNING62, TUNING62_CLEAN),
    "tuning 63": (TUNING63, TUNING63_CLEAN),
    "tuning 64": (TUNING64, TUNING64_CLEAN),
    "tuning 65": (TUNING65, TUNING65_CLEAN),
    "tuning 66": (TUNING66, TUNING66_CLEAN),
    "tuning 67": (TUNING67, TUNING67_CLEAN),
    "tuning 68": (TUNING68, TUNING68_CLEAN),
    "tuning 69": (TUNING69, TUNING69_CLEAN),
    "tuning 70": (TUNING70, TUNING70_CLEAN),
    "tuning 71": (TUNING71, TUNING71_CLEAN),
    "tuning 72": (TUNING72, TUNING72_CLEAN),
    "tuning 73": (TUNING73, TUNING73_CLEAN),
    "tuning 74": (TUNING74, TUNING74_CLEAN),
    "tuning 75": (TUNING75, TUNING75_CLEAN),
    "tuning 76": (TUNING76, TUNING76_CLEAN),
    "tuning 77": (TUNING77, TUNING77_CLEAN),
    "tuning 78": (TUNING78, TUNING78_CLEAN),
    "tuning 79": (TUNING79, TUNING79_CLEAN),
    "tuning 80": (TUNING80, TUNING80_CLEAN),
    "tuning 81": (TUNING81, TUNING81_CLEAN),
    "tuning 82": (TUNING82, TUNING82_CLEAN),
    "tuning 83": (TUNING83, TUNING83_CLEAN),
    "tuning 84": (TUNING84, TUNING84_CLEAN),
    "tuning 85": (TUNING85, TUNING85_CLEAN),
    "tuning 86": (TUNING86, TUNING86_CLEAN),
    "tuning 87": (TUNING87, TUNING87_CLEAN),
    "tuning 88": (TUNING88, TUNING88_CLEAN),
    "tuning 89": (TUNING89, TUNING89_CLEAN),
    "tuning 90": (TUNING90, TUNING90_CLEAN),
    "tuning 91": (TUNING91, TUNING91_CLEAN),
    "tuning 92": (TUNING92, TUNING92_CLEAN),
    "tuning 93": (TUNING93, TUNING93_CLEAN),
    "tuning 94": (TUNING94, TUNING94_CLEAN),
    "tuning 95": (TUNING95, TUNING95_CLEAN),
    "tuning 96": (TUNING96, TUNING96_CLEAN),
    "tuning 97": (TUNING97, TUNING97_CLEAN),
    "tuning 98": (TUNING98, TUNING98_CLEAN),
    "tuning 99": (TUNING99, TUNING99_CLEAN),
    "tuning 100": (TUNING100, TUNING100_CLEAN),
    "tuning 101": (TUNING101, TUNING101_CLEAN),
    "tuning 102": (TUNING102, TUNING102_CLEAN),
    "tuning 103": (TUNING103, TUNING103_CLEAN),
    "tuning 104": (TUNING104, TUNING104_CLEAN),
    "tuning 105": (TUNING105, TUNING105_CLEAN),
    "tuning 106": (TUNING106, TUNING106_CLEAN),
    "tuning 107": (TUNING107, TUNING107_CLEAN),
    "tuning 108": (TUNING108, TUNING108_CLEAN),
    "tuning 109": (TUNING109, TUNING109_CLEAN),
    "tuning 110": (TUNING110, TUNING110_CLEAN),
    "tuning 111": (TUNING111, TUNING111_CLEAN),
    "tuning 112": (TUNING112, TUNING112_CLEAN),
    "tuning 113": (TUNING113, TUNING113_CLEAN),
    "tuning 114": (TUNING114, TUNING114_CLEAN),
    "tuning 115": (TUNING115, TUNING115_CLEAN),
    "tuning 116": (TUNING116, TUNING116_CLEAN),
    "tuning 117": (TUNING117, TUNING117_CLEAN),
    "tuning 118": (TUNING118, TUNING118_CLEAN),
    "tuning 119": (TUNING119, TUNING119_CLEAN),
    "tuning 120": (TUNING120, TUNING120_CLEAN),
    "tuning 121": (TUNING121, TUNING121_CLEAN),
    "tuning 122": (TUNING122, TUNING122_CLEAN),
    "tuning 123": (TUNING123, TUNING123_CLEAN),
    "tuning 124": (TUNING124, TUNING124_CLEAN),
    "tuning 125": (TUNING125, TUNING125_CLEAN),
    "tuning 126": (TUNING126, TUNING126_CLEAN),
    "tuning 127": (TUNING127, TUNING127_CLEAN),
    "tuning 128": (TUNING128, TUNING128_CLEAN),
    "tuning 129": (TUNING129, TUNING129_CLEAN),
    "tuning 130": (TUNING130, TUNING130_CLEAN),
    "tuning 131": (TUNING131, TUNING131_CLEAN),
    "tuning 132": (TUNING132, TUNING132_CLEAN),
    "tuning 133": (TUNING133, TUNING133_CLEAN),
    "tuning 134": (TUNING134, TUNING134_CLEAN),
    "tuning 135": (TUNING135, TUNING135_CLEAN),
    "tuning 136": (TUNING136, TUNING136_CLEAN),
    "tuning 137": (TUNING137, TUNING137_CLEAN),
    "tuning 138": (TUNING138, TUNING138_CLEAN),
    "tuning 139": (TUNING139, TUNING139_CLEAN),
    "tuning 140": (TUNING140, TUNING140_CLEAN),
    "tuning 141": (TUNING141, TUNING141_CLEAN),
    "tuning 142": (TUNING142, TUNING142_CLEAN),
    "tuning 143": (TUNING143, TUNING143_CLEAN),
    "tuning 144": (TUNING144, TUNING144_CLEAN),
    "tuning 145": (TUNING145, TUNING145_CLEAN),
    "tuning 146": (TUNING146, TUNING146_CLEAN),
    "tuning 147": (TUNING147, TUNING147_CLEAN),
    "tuning 148": (TUNING148, TUNING148_CLEAN),
    "tuning 149": (TUNING149, TUNING149_CLEAN),
    "tuning 150": (TUNING150, TUNING150_CLEAN),
    "tuning 151": (TUNING151, TUNING151_CLEAN),
    "tuning 152": (TUNING152, TUNING152_CLEAN),
    "tuning 153": (TUNING153, TUNING153_CLEAN),
    "tuning 154": (TUNING154, TUNING154_CLEAN),
    "tuning 155": (TUNING155, TUNING155_CLEAN),
    "tuning 156": (TUNING156, TUNING156_CLEAN),
    "tuning 157": (TUNING157, TUNING157_CLEAN),
    "tuning 158": (TUNING158, TUNING158_CLEAN),
    "tuning 159": (TUNING159, TUNING159_CLEAN),
    "tuning 160": (TUNING160, TUNING160_CLEAN),
    "tuning 161": (TUNING161, TUNING161_CLEAN),
    "tuning 162": (TUNING162, TUNING162_CLEAN),
    "tuning 163": (TUNING163, TUNING163_CLEAN),
    "tuning 164": (TUNING164, TUNING164_CLEAN),
    "tuning 165": (TUNING165, TUNING165_CLEAN),
    "tuning 166": (TUNING166, TUNING166_CLEAN),
    "tuning 167": (TUNING167, TUNING167_CLEAN),
    "tuning 168": (TUNING168, TUNING168_CLEAN),
    "tuning 169": (TUNING169, TUNING169_CLEAN),
    "tuning 170": (TUNING170, TUNING170_CLEAN),
    "tuning 171": (TUNING171, TUNING171_CLEAN),
    "tuning 172": (TUNING172, TUNING172_CLEAN),
    "tuning 173": (TUNING173, TUNING173_CLEAN),
    "tuning 174": (TUNING174, TUNING174_CLEAN),
    "tuning 175": (TUNING175, TUNING175_CLEAN),
    "tuning 176": (TUNING176, TUNING176_CLEAN),
    "tuning 177": (TUNING177, TUNING177_CLEAN),
    "tuning 178": (TUNING178, TUNING178_CLEAN),
    "tuning 179": (TUNING179, TUNING179_CLEAN),
    "tuning 180": (TUNING180, TUNING180_CLEAN),
    "tuning 181": (TUNING181, TUNING181_CLEAN),
    "tuning 182": (TUNING182, TUNING182_CLEAN),
    "tuning 183": (TUNING183, TUNING183_CLEAN),
    "tuning 184": (TUNING184, TUNING184_CLEAN),
    "tuning 185": (TUNING185, TUNING185_CLEAN),
    "tuning 186": (TUNING186, TUNING186_CLEAN),
    "tuning 187": (TUNING187, TUNING187_CLEAN),
    "tuning 188": (TUNING188, TUNING188_CLEAN),
    "tuning 189": (TUNING189, TUNING189_CLEAN),
    "tuning 190": (TUNING190, TUNING190_CLEAN),
    "tuning 191": (TUNING191, TUNING191_CLEAN),
    "tuning 192": (TUNING192, TUNING192_CLEAN),
    "tuning 193": (TUNING193, TUNING193_CLEAN),
    "tuning 194": (TUNING194, TUNING194_CLEAN),
    "tuning 195": (TUNING195, TUNING195_CLEAN),
    "tuning 196": (TUNING196, TUNING196_CLEAN),
    "tuning 197": (TUNING197, TUNING197_CLEAN),
    "tuning 198": (TUNING198, TUNING198_CLEAN),
    "tuning 199": (TUNING199, TUNING199_CLEAN),
    "tuning 200": (TUNING200, TUNING200_CLEAN),
    "tuning 201": (TUNING201, TUNING201_CLEAN),
    "tuning 202": (TUNING202, TUNING202_CLEAN),
    "tuning 203": (TUNING203, TUNING203_CLEAN),
    "tuning 204": (TUNING204, TUNING204_CLEAN),
    "tuning 205": (TUNING205, TUNING205_CLEAN),
    "tuning 206": (TUNING206, TUNING206_CLEAN),
    "tuning 207": (TUNING207, TUNING207_CLEAN),
    "tuning 208": (TUNING208, TUNING208_CLEAN),
    "tuning 209": (TUNING209, TUNING209_CLEAN),
    "tuning 210": (TUNING210, TUNING210_CLEAN),
    "tuning 211": (TUNING211, TUNING211_CLEAN),
    "tuning 212": (TUNING212, TUNING212_CLEAN),
    "tuning 213": (TUNING213, TUNING213_CLEAN),
    "tuning 214": (TUNING214, TUNING214_CLEAN),
    "tuning 215": (TUNING215, TUNING215_CLEAN),
    "tuning 216": (TUNING216, TUNING216_CLEAN),
    "tuning 217": (TUNING217, TUNING217_CLEAN),
    "tuning 218": (TUNING218, TUNING218_CLEAN),
    "tuning 219": (TUNING219, TUNING219_CLEAN),
    "tuning 220": (TUNING220, TUNING220_CLEAN),
    "tuning 221": (TUNING221, TUNING221_CLEAN),
    "tuning 222": (TUNING222, TUNING222_CLEAN),
    "tuning 223": (TUNING223, TUNING223_CLEAN),
    "tuning 224": (TUNING224, TUNING224_CLEAN),
    "tuning 225": (TUNING225, TUNING225_CLEAN),
    "tuning 226": (TUNING226, TUNING226_CLEAN),
    "tuning 227": (TUNING227, TUNING227_CLEAN),
    "tuning 228": (TUNING228, TUNING228_CLEAN),
    "tuning 229": (TUNING229, TUNING229_CLEAN),
    "tuning 230": (TUNING230, TUNING230_CLEAN),
    "tuning 231": (TUNING231, TUNING231_CLEAN),
    "tuning 232": (TUNING232, TUNING232_CLEAN),
    "tuning 233": (TUNING233, TUNING233_CLEAN),
    "tuning 234": (TUNING234, TUNING234_CLEAN),
    "tuning 235": (TUNING235, TUNING235_CLEAN),
    "tuning 236": (TUNING236, TUNING236_CLEAN),
    "tuning 237": (TUNING237, TUNING237_CLEAN),
    "tuning 238": (TUNING238, TUNING238_CLEAN),
    "tuning 239": (TUNING239, TUNING239_CLEAN),
    "tuning 240": (TUNING240, TUNING240_CLEAN),
    "tuning 241": (TUNING241, TUNING241_CLEAN),
    "tuning 242": (TUNING242, TUNING242_CLEAN),
    "tuning 243": (TUNING243, TUNING243_CLEAN),
    "tuning 244": (TUNING244, TUNING244_CLEAN),
    "tuning 245": (TUNING245, TUNING245_CLEAN),
    "tuning 246": (TUNING246, TUNING246_CLEAN),
    "tuning 247": (TUNING247, TUNING247_CLEAN),
    "tuning 248": (TUNING248, TUNING248_CLEAN),
    "tuning 249": (TUNING249, TUNING249_CLEAN),
    "tuning 250": (TUNING250, TUNING250_CLEAN),
    "tuning 251": (TUNING251, TUNING251_CLEAN),
    "tuning 252": (TUNING252, TUNING252_CLEAN),
    "tuning 253": (TUNING253, TUNING253_CLEAN),
    "tuning 254": (TUNING254, TUNING254_CLEAN),
    "tuning 255": (TUNING255, TUNING255_CLEAN),
    "tuning 256": (TUNING256, TUNING256_CLEAN),
    "tuning 257": (TUNING257, TUNING257_CLEAN),
    "tuning 258": (TUNING258, TUNING258_CLEAN),
    "tuning 259": (TUNING259, TUNING259_CLEAN),
    "tuning 260": (TUNING260, TUNING260_CLEAN),
    "tuning 261": (TUNING261, TUNING261_CLEAN),
    "tuning 262": (TUNING262, TUNING262_CLEAN),
    "tuning 263": (TUNING263, TUNING263_CLEAN),
    "tuning 264": (TUNING264, TUNING264_CLEAN),
    "tuning 265": (TUNING265, TUNING265_CLEAN),
    "tuning 266": (TUNING266, TUNING266_CLEAN),
    "tuning 267": (TUNING267, TUNING267_CLEAN),
    "tuning 268": (TUNING268, TUNING268_CLEAN),
    "tuning 269": (TUNING269, TUNING269_CLEAN),
    "tuning 270": (TUNING270, TUNING270_CLEAN),
    "tuning 271": (TUNING271, TUNING271_CLEAN),
    "tuning 272": (TUNING272, TUNING272_CLEAN),
    "tuning 273": (TUNING273, TUNING273_CLEAN),
    "tuning 274": (TUNING274, TUNING274_CLEAN),
    "tuning 275": (TUNING275, TUNING275_CLEAN),
    "tuning 276": (TUNING276, TUNING276_CLEAN),
    "tuning 277": (TUNING277, TUNING277_CLEAN),
    "tuning 278": (TUNING278, TUNING278_CLEAN),
    "tuning 279": (TUNING279, TUNING279_CLEAN),
    "tuning 280": (TUNING280, TUNING280_CLEAN),
    "tuning 281": (TUNING281, TUNING281_CLEAN),
    "tuning 282": (TUNING282, TUNING282_CLEAN),
    "tuning 283": (TUNING283, TUNING283_CLEAN),
    "tuning 284": (TUNING284, TUNING284_CLEAN),
    "tuning 285": (TUNING285, TUNING285_CLEAN),
    "tuning 286": (TUNING286, TUNING286_CLEAN),
    "tuning 287": (TUNING287, TUNING287_CLEAN),
    "tuning 288": (TUNING288, TUNING288_CLEAN),
    "tuning 289": (TUNING289, TUNING289_CLEAN),
    "tuning 290": (TUNING290, TUNING290_CLEAN),
    "tuning 291": (TUNING291, TUNING291_CLEAN),
    "tuning 292": (TUNING292, TUNING292_CLEAN),
    "tuning 293": (TUNING293, TUNING293_CLEAN),
    "tuning 294": (TUNING294, TUNING294_CLEAN),
    "tuning 295": (TUNING295, TUNING295_CLEAN),
    "tuning 296": (TUNING296, TUNING296_CLEAN),
    "tuning 297": (TUNING297, TUNING297_CLEAN),
    "tuning 298": (TUNING298, TUNING298_CLEAN),
    "tuning 299": (TUNING299, TUNING299_CLEAN),
    "tuning 300": (TUNING300, TUNING300_CLEAN),
    "tuning 301": (TUNING301, TUNING301_CLEAN),
    "tuning 302": (TUNING302, TUNING302_CLEAN),
    "tuning 303": (TUNING303, TUNING303_CLEAN),
    "tuning 304": (TUNING304, TUNING304_CLEAN),
    "tuning 305": (TUNING305, TUNING305_CLEAN),
    "tuning 306": (TUNING306, TUNING306_CLEAN),
    "tuning 307": (TUNING307, TUNING307_CLEAN),
    "tuning 308": (TUNING308, TUNING308_CLEAN),
    "tuning 309": (TUNING309, TUNING309_CLEAN),
    "tuning 310": (TUNING310, TUNING310_CLEAN),
    "tuning 311": (TUNING311, TUNING311_CLEAN),
    "tuning 312": (TUNING312, TUNING312_CLEAN),
    "tuning 313": (TUNING313, TUNING313_CLEAN),
    "tuning 314": (TUNING314, TUNING314_CLEAN),
    "tuning 315": (TUNING315, TUNING315_CLEAN),
    "tuning 316": (TUNING316, TUNING316_CLEAN),
    "tuning 317": (TUNING317, TUNING317_CLEAN),
    "tuning 318": (TUNING318, TUNING318_CLEAN),
    "tuning 319": (TUNING319, TUNING319_CLEAN),
    "tuning 320": (TUNING320, TUNING320_CLEAN),
    "tuning 321": (TUNING321, TUNING321_CLEAN),
    "tuning 322": (TUNING322, TUNING322_CLEAN),
    "tuning 323": (TUNING323, TUNING323_CLEAN),
    "tuning 324": (TUNING324, TUNING324_CLEAN),
    "tuning 325": (TUNING325, TUNING325_CLEAN),
    "tuning 326": (TUNING326, TUNING326_CLEAN),
    "tuning 327": (TUNING327, TUNING327_CLEAN),
    "tuning 328": (TUNING328, TUNING328_CLEAN),
    "tuning 329": (TUNING329, TUNING329_CLEAN),
    "tuning 330": (TUNING330, TUNING330_CLEAN),
    "tuning 331": (TUNING331, TUNING331_CLEAN),
    "tuning 332": (TUNING332, TUNING332_CLEAN),
    "tuning 333": (TUNING333, TUNING333_CLEAN),
    "tuning 334": (TUNING334, TUNING334_CLEAN),
    "tuning 335": (TUNING335, TUNING335_CLEAN),
    "tuning 336": (TUNING336, TUNING336_CLEAN),
    "tuning 337": (TUNING337, TUNING337_CLEAN),
    "tuning 338": (TUNING338, TUNING338_CLEAN),
    "tuning 339": (TUNING339, TUNING339_CLEAN),
    "tuning 340": (TUNING340, TUNING340_CLEAN),
    "tuning 341": (TUNING341, TUNING341_CLEAN),
    "tuning 342": (TUNING342, TUNING342_CLEAN),
    "tuning 343": (TUNING343, TUNING343_CLEAN),
    "tuning 344": (TUNING344, TUNING344_CLEAN),
    "tuning 345": (TUNING345, TUNING345_CLEAN),
    "tuning 346": (TUNING346, TUNING346_CLEAN),
    "tuning 347": (TUNING347, TUNING347_CLEAN),
    "tuning 348": (TUNING348, TUNING348_CLEAN),
    "tuning 349": (TUNING349, TUNING349_CLEAN),
    "tuning 350": (TUNING350, TUNING350_CLEAN),
    "tuning 351": (TUNING351, TUNING351_CLEAN),
    "tuning 352": (TUNING352, TUNING352_CLEAN),
    "tuning 353": (TUNING353, TUNING353_CLEAN),
    "tuning 354": (TUNING354, TUNING354_CLEAN),
    "tuning 355": (TUNING355, TUNING355_CLEAN),
    "tuning 356": (TUNING356, TUNING356_CLEAN),
    "tuning 357": (TUNING357, TUNING357_CLEAN),
    "tuning 358": (TUNING358, TUNING358_CLEAN),
    "tuning 359": (TUNING359, TUNING359_CLEAN),
    "tuning 360": (TUNING360, TUNING360_CLEAN),
    "tuning 361": (TUNING361, TUNING361_CLEAN),
    "tuning 362": (TUNING362, TUNING362_CLEAN),
    "tuning 363": (TUNING363, TUNING363_CLEAN),
    "tuning 364": (TUNING364, TUNING364_CLEAN),
    "tuning 365": (TUNING365, TUNING365_CLEAN),
    "tuning 366": (TUNING366, TUNING366_CLEAN),
    "tuning 367": (TUNING367, TUNING367_CLEAN),
    "tuning 368": (TUNING368, TUNING368_CLEAN),
    "tuning 369": (TUNING369, TUNING369_CLEAN),
    "tuning 370": (TUNING370, TUNING370_CLEAN),
    "tuning 371": (TUNING371, TUNING371_CLEAN),
    "tuning 372": (TUNING372, TUNING372_CLEAN),
    "tuning 373": (TUNING373, TUNING373_CLEAN),
    "tuning 374": (TUNING374, TUNING374_CLEAN),
    "tuning 375": (TUNING375, TUNING375_CLEAN),
    "tuning 376": (TUNING376, TUNING376_CLEAN),
    "tuning 377": (TUNING377, TUNING377_CLEAN),
    "tuning 378": (TUNING378, TUNING378_CLEAN),
    "tuning 379": (TUNING379, TUNING379_CLEAN),
    "tuning 380": (TUNING380, TUNING380_CLEAN),
    "tuning 381": (TUNING381, TUNING381_CLEAN),
    "tuning 382": (TUNING382, TUNING382_CLEAN),
    "tuning 383": (TUNING383, TUNING383_CLEAN),
    "tuning 384": (TUNING384, TUNING384_CLEAN),
    "tuning 385": (TUNING385, TUNING385_CLEAN),
    "tuning 386": (TUNING386, TUNING386_CLEAN),
    "tuning 387": (TUNING387, TUNING387_CLEAN),
    "tuning 388": (TUNING388, TUNING388_CLEAN),
    "tuning 389": (TUNING389, TUNING389_CLEAN),
    "tuning 390": (TUNING390, TUNING390_CLEAN),
    "tuning 391": (TUNING391, TUNING391_CLEAN),
    "tuning 392": (TUNING392, TUNING392_CLEAN),
    "tuning 393": (TUNING393, TUNING393_CLEAN),
    "tuning 394": (TUNING394, TUNING394_CLEAN),
    "tuning 395": (TUNING395, TUNING395_CLEAN),
    "tuning 396": (TUNING396, TUNING396_CLEAN),
    "tuning 397": (TUNING397, TUNING397_CLEAN),
    "tuning 398": (TUNING398, TUNING398_CLEAN),
    "tuning 399": (TUNING399, TUNING399_CLEAN),
    "tuning 400": (TUNING400, TUNING400_CLEAN),
    "tuning 401": (TUNING401, TUNING401_CLEAN),
    "tuning 402": (TUNING402, TUNING402_CLEAN),
    "tuning 403": (TUNING403, TUNING403_CLEAN),
    "tuning 404": (TUNING404, TUNING404_CLEAN),
    "tuning 405": (TUNING405, TUNING405_CLEAN),
    "tuning 406": (TUNING406, TUNING406_CLEAN),
    "tuning 407": (TUNING407, TUNING407_CLEAN),
    "tuning 408": (TUNING408, TUNING408_CLEAN),
    "tuning 409": (TUNING409, TUNING409_CLEAN),
    "tuning 410": (TUNING410, TUNING410_CLEAN),
    "tuning 411": (TUNING411, TUNING411_CLEAN),
    "tuning 412": (TUNING412, TUNING412_CLEAN),
    "tuning 413": (TUNING413, TUNING413_CLEAN),
    "tuning 414": (TUNING414, TUNING414_CLEAN),
    "tuning 415": (TUNING415, TUNING415_CLEAN),
    "tuning 416": (TUNING416, TUNING416_CLEAN),
    "tuning 417": (TUNING417, TUNING417_CLEAN),
    "tuning 418": (TUNING418, TUNING418_CLEAN),
    "tuning 419": (TUNING419, TUNING419_CLEAN),
    "tuning 420": (TUNING420, TUNING420_CLEAN),
    "tuning 421": (TUNING421, TUNING421_CLEAN),
    "tuning 422": (TUNING422, TUNING422_CLEAN),
    "tuning 423": (TUNING423, TUNING423_CLEAN),
    "tuning 424": (TUNING424, TUNING424_CLEAN),
    "tuning 425": (TUNING425, TUNING425_CLEAN),
    "tuning 426": (TUNING426, TUNING426_CLEAN),
    "tuning 427": (TUNING427, TUNING427_CLEAN),
    "tuning 428": (TUNING428, TUNING428_CLEAN),
    "tuning 429": (TUNING429, TUNING429_CLEAN),
    "tuning 430": (TUNING430, TUNING430_CLEAN),
    "tuning 431": (TUNING431, TUNING431_CLEAN),
    "tuning 432": (TUNING432, TUNING432_CLEAN),
    "tuning 433": (TUNING433, TUNING433_CLEAN),
    "tuning 434": (TUNING434, TUNING434_CLEAN),
    "tuning 435": (TUNING435, TUNING435_CLEAN),
    "tuning 436": (TUNING436, TUNING436_CLEAN),
    "tuning 437": (TUNING437, TUNING437_CLEAN),
    "tuning 438": (TUNING438, TUNING438_CLEAN),
    "tuning 439": (TUNING439, TUNING439_CLEAN),
    "tuning 440": (TUNING440, TUNING440_CLEAN),
    "tuning 441": (TUNING441, TUNING441_CLEAN),
    "tuning 442": (TUNING442, TUNING442_CLEAN),
    "tuning 443": (TUNING443, TUNING443_CLEAN),
    "tuning 444": (TUNING444, TUNING444_CLEAN),
    "tuning 445": (TUNING445, TUNING445_CLEAN),
    "tuning 446": (TUNING446, TUNING446_CLEAN),
    "tuning 447": (TUNING447, TUNING447_CLEAN),
    "tuning 448": (TUNING448, TUNING448_CLEAN),
    "tuning 449": (TUNING449, TUNING449_CLEAN),
    "tuning 450": (TUNING450, TUNING450_CLEAN),
    "tuning 451": (TUNING451, TUNING451_CLEAN),
    "tuning 452": (TUNING452, TUNING452_CLEAN),
    "tuning 453": (TUNING453, TUNING453_CLEAN),
    "tuning 454": (TUNING454, TUNING454_CLEAN),
    "tuning 455": (TUNING455, TUNING455_CLEAN),
    "tuning 456": (TUNING456, TUNING456_CLEAN),
    "tuning 457": (TUNING457, TUNING457_CLEAN),
    "tuning 458": (TUNING458, TUNING458_CLEAN),
    "tuning 459": (TUNING459, TUNING459_CLEAN),
    "tuning 460": (TUNING460, TUNING460_CLEAN),
    "tuning 461": (TUNING461, TUNING461_CLEAN),
    "tuning 462": (TUNING462, TUNING462_CLEAN),
    "tuning 463": (TUNING463, TUNING463_CLEAN),
    "tuning 464": (TUNING464, TUNING464_CLEAN),
    "tuning 465": (TUNING465, TUNING465_CLEAN),
    "tuning 466": (TUNING466, TUNING466_CLEAN),
    "tuning 467": (TUNING467, TUNING467_CLEAN),
    "tuning 468": (TUNING468, TUNING468_CLEAN),
    "tuning 469": (TUNING469, TUNING469_CLEAN),
    "tuning 470": (TUNING470, TUNING470_CLEAN),
    "tuning 471": (TUNING471, TUNING471_CLEAN),
    "tuning 472": (TUNING472, TUNING472_CLEAN),
    "tuning 473": (TUNING473, TUNING473_CLEAN),
    "tuning 474": (TUNING474, TUNING474_CLEAN),
    "tuning 475": (TUNING475, TUNING475_CLEAN),
    "tuning 476": (TUNING476, TUNING476_CLEAN),
    "tuning 477": (TUNING477, TUNING477_CLEAN),
    "tuning 478": (TUNING478, TUNING478_CLEAN),
    "tuning 479": (TUNING479, TUNING479_CLEAN),
    "tuning 480": (TUNING480, TUNING480_CLEAN),
    "tuning 481": (TUNING481, TUNING481_CLEAN),
    "tuning 482": (TUNING482, TUNING482_CLEAN),
    "tuning 483": (TUNING483, TUNING483_CLEAN),
    "tuning 484": (TUNING484, TUNING484_CLEAN),
    "tuning 485": (TUNING485, TUNING485_CLEAN),
    "tuning 486": (TUNING486, TUNING486_CLEAN),
    "tuning 487": (TUNING487, TUNING487_CLEAN),
    "tuning 488": (TUNING488, TUNING488_CLEAN),
    "tuning 489": (TUNING489, TUNING489_CLEAN),
    "tuning 490": (TUNING490, TUNING490_CLEAN),
    "tuning 491": (TUNING491, TUNING491_CLEAN),
    "tuning 492": (TUNING492, TUNING492_CLEAN),
    "tuning 493": (TUNING493, TUNING493_CLEAN),
    "tuning 494": (TUNING494, TUNING494_CLEAN),
    "tuning 495": (TUNING495, TUNING495_CLEAN),
    "tuning 496": (TUNING496, TUNING496_CLEAN),
    "tuning 497": (TUNING497, TUNING497_CLEAN),
    "tuning 498": (TUNING498, TUNING498_CLEAN),
    "tuning 499": (TUNING499, TUNING499_CLEAN),
    "tuning 500": (TUNING500, TUNING500_CLEAN),
    "tuning 501": (TUNING501, TUNING501_CLEAN),
    "tuning 502": (TUNING502, TUNING502_CLEAN),
    "tuning 503": (TUNING503, TUNING503_CLEAN),
    "tuning 504": (TUNING504, TUNING504_CLEAN),
    "tuning 505": (TUNING505, TUNING505_CLEAN),
    "tuning 506": (TUNING506, TUNING506_CLEAN),
    "tuning 507": (TUNING507, TUNING507_CLEAN),
    "tuning 508": (TUNING508, TUNING508_CLEAN),
    "tuning 509": (TUNING509, TUNING509_CLEAN),
    "tuning 510": (TUNING510, TUNING510_CLEAN),
    "tuning 511": (TUNING511, TUNING511_CLEAN),
    "tuning 512": (TUNING512, TUNING512_CLEAN),
    "tuning 513": (TUNING513, TUNING513_CLEAN),
    "tuning 514": (TUNING514, TUNING514_CLEAN),
    "tuning 515": (TUNING515, TUNING515_CLEAN),
    "tuning 516": (TUNING516, TUNING516_CLEAN),
    "tuning 517": (TUNING517, TUNING517_CLEAN),
    "tuning 518": (TUNING518, TUNING518_CLEAN),
    "tuning 519": (TUNING519, TUNING519_CLEAN),
    "tuning 520": (TUNING520, TUNING520_CLEAN),
    "tuning 521": (TUNING521, TUNING521_CLEAN),
    "tuning 522": (TUNING522, TUNING522_CLEAN),
    "tuning 523": (TUNING523, TUNING523_CLEAN),
    "tuning 524": (TUNING524, TUNING524_CLEAN),
    "tuning 525": (TUNING525, TUNING525_CLEAN),
    "tuning 526": (TUNING526, TUNING526_CLEAN),
    "tuning 527": (TUNING527, TUNING527_CLEAN),
    "tuning 528": (TUNING528, TUNING528_CLEAN),
    "tuning 529": (TUNING529, TUNING529_CLEAN),
    "tuning 530": (TUNING530, TUNING530_CLEAN),
    "tuning 531": (TUNING531, TUNING531_CLEAN),
    "tuning 532": (TUNING532, TUNING532_CLEAN),
    "tuning 533": (TUNING533, TUNING533_CLEAN),
    "tuning 534": (TUNING534, TUNING534_CLEAN),
    "tuning 535": (TUNING535, TUNING535_CLEAN),
    "tuning 536": (TUNING536, TUNING536_CLEAN),
    "tuning 537": (TUNING537, TUNING537_CLEAN),
    "tuning 538": (TUNING538, TUNING538_CLEAN),
    "tuning 539": (TUNING539, TUNING539_CLEAN),
    "tuning 540": (TUNING540, TUNING540_CLEAN),
    "tuning 541": (TUNING541, TUNING541_CLEAN),
    "tuning 542": (TUNING542, TUNING542_CLEAN),
    "tuning 543": (TUNING543, TUNING543_CLEAN),
    "tuning 544": (TUNING544, TUNING544_CLEAN),
    "tuning 545": (TUNING545, TUNING545_CLEAN),
    "tuning 546": (TUNING546, TUNING546_CLEAN),
    "tuning 547": (TUNING547, TUNING547_CLEAN),
    "tuning 548": (TUNING548, TUNING548_CLEAN),
    "tuning 549": (TUNING549, TUNING549_CLEAN),
    "tuning 550": (TUNING550, TUNING550_CLEAN),
    "tuning 551": (TUNING551, TUNING551_CLEAN),
    "tuning 552": (TUNING552, TUNING552_CLEAN),
    "tuning 553": (TUNING553, TUNING553_CLEAN),
    "tuning 554": (TUNING554, TUNING554_CLEAN),
    "tuning 555": (TUNING555, TUNING555_CLEAN),
    "tuning 556": (TUNING556, TUNING556_CLEAN),
    "tuning 557": (TUNING557, TUNING557_CLEAN),
    "tuning 558": (TUNING558, TUNING558_CLEAN),
    "tuning 559": (TUNING559, TUNING559_CLEAN),
    "tuning 560": (TUNING560, TUNING560_CLEAN),
    "tuning 561": (TUNING561, TUNING561_CLEAN),
    "tuning 562": (TUNING562, TUNING562_CLEAN),
    "tuning 563": (TUNING563, TUNING563_CLEAN),
    "tuning 564": (TUNING564, TUNING564_CLEAN),
    "tuning 565": (TUNING565, TUNING565_CLEAN),
    "tuning 566": (TUNING566, TUNING566_CLEAN),
    "tuning 567": (TUNING567, TUNING567_CLEAN),
    "tuning 568": (TUNING568, TUNING568_CLEAN),
    "tuning 569": (TUNING569, TUNING569_CLEAN),
    "tuning 570": (TUNING570, TUNING570_CLEAN),
    "tuning 571": (TUNING571, TUNING571_CLEAN),
    "tuning 572": (TUNING572, TUNING572_CLEAN),
    "tuning 573": (TUNING573, TUNING573_CLEAN),
    "tuning 574": (TUNING574, TUNING574_CLEAN),
    "tuning 575": (TUNING575, TUNING575_CLEAN),
    "tuning 576": (TUNING576, TUNING576_CLEAN),
    "tuning 577": (TUNING577, TUNING577_CLEAN),
    "tuning 578": (TUNING578, TUNING578_CLEAN),
    "tuning 579": (TUNING579, TUNING579_CLEAN),
    "tuning 580": (TUNING580, TUNING580_CLEAN),
    "tuning 581": (TUNING581, TUNING581_CLEAN),
    "tuning 582": (TUNING582, TUNING582_CLEAN),
    "tuning 583": (TUNING583, TUNING583_CLEAN),
    "tuning 584": (TUNING584, TUNING584_CLEAN),
    "tuning 585": (TUNING585, TUNING585_CLEAN),
    "tuning 586": (TUNING586, TUNING586_CLEAN),
    "tuning 587": (TUNING587, TUNING587_CLEAN),
    "tuning 588": (TUNING588, TUNING588_CLEAN),
    "tuning 589": (TUNING589, TUNING589_CLEAN),
    "tuning 590": (TUNING590, TUNING590_CLEAN),
    "tuning 591": (TUNING591, TUNING591_CLEAN),
    "tuning 592": (TUNING592, TUNING592_CLEAN),
    "tuning 593": (TUNING593, TUNING593_CLEAN),
    "tuning 594": (TUNING594, TUNING594_CLEAN),
    "tuning 595": (TUNING595, TUNING595_CLEAN),
    "tuning 596": (TUNING596, TUNING596_CLEAN),
    "tuning 597": (TUNING597, TUNING597_CLEAN),
    "tuning 598": (TUNING598, TUNING598_CLEAN),
    "tuning 599": (TUNING599, TUNING599_CLEAN),
    "tuning 600": (TUNING600, TUNING600_CLEAN),
    "tuning 601": (TUNING601, TUNING601_CLEAN),
    "tuning 602": (TUNING602, TUNING602_CLEAN),
    "tuning 603": (TUNING603, TUNING603_CLEAN),
    "tuning 604": (TUNING604, TUNING604_CLEAN),
    "tuning 605": (TUNING605, TUNING605_CLEAN),
    "tuning 606": (TUNING606, TUNING606_CLEAN),
    "tuning 607": (TUNING607, TUNING607_CLEAN),
    "tuning 608": (TUNING608, TUNING608_CLEAN),
    "tuning 609": (TUNING609, TUNING609_CLEAN),
    "tuning 610": (TUNING610, TUNING610_CLEAN),
    "tuning 611": (TUNING611, TUNING611_CLEAN),
    "tuning 612": (TUNING612, TUNING612_CLEAN),
    "tuning 613": (TUNING613, TUNING613_CLEAN),
    "tuning 614": (TUNING614, TUNING614_CLEAN),
    "tuning 615": (TUNING615, TUNING615_CLEAN),
    "tuning 616": (TUNING616, TUNING616_CLEAN),
    "tuning 617": (TUNING617, TUNING617_CLEAN),
    "tuning 618": (TUNING618, TUNING618_CLEAN),
    "tuning 619": (TUNING619, TUNING619_CLEAN),
    "tuning 620": (TUNING620, TUNING620_CLEAN),
    "tuning 621": (TUNING621, TUNING621_CLEAN),
    "tuning 622": (TUNING622, TUNING622_CLEAN),
    "tuning 623": (TUNING623, TUNING623_CLEAN),
    "tuning 624": (TUNING624, TUNING624_CLEAN),
    "tuning 625": (TUNING625, TUNING625_CLEAN),
    "tuning 626": (TUNING626, TUNING626_CLEAN),
    "tuning 627": (TUNING627, TUNING627_CLEAN),
    "tuning 628": (TUNING628, TUNING628_CLEAN),
    "tuning 629": (TUNING629, TUNING629_CLEAN),
    "tuning 630": (TUNING630, TUNING630_CLEAN),
    "tuning 631": (TUNING631, TUNING631_CLEAN),
    "tuning 632": (TUNING632, TUNING632_CLEAN),
    "tuning 633": (TUNING633, TUNING633_CLEAN),
    "tuning 634": (TUNING634, TUNING634_CLEAN),
    "tuning 635": (TUNING635, TUNING635_CLEAN),
    "tuning 636": (TUNING636, TUNING636_CLEAN),
    "tuning 637": (TUNING637, TUNING637_CLEAN),
    "tuning 638": (TUNING638, TUNING638_CLEAN),
    "tuning 639": (TUNING639, TUNING639_CLEAN),
    "tuning 640": (TUNING640, TUNING640_CLEAN),
    "tuning 641": (TUNING641, TUNING641_CLEAN),
    "tuning 642": (TUNING642, TUNING642_CLEAN),
    "tuning 643": (TUNING643, TUNING643_CLEAN),
    "tuning 644": (TUNING644, TUNING644_CLEAN),
    "tuning 645": (TUNING645, TUNING645_CLEAN),
    "tuning 646": (TUNING646, TUNING646_CLEAN),
    "tuning 647": (TUNING647, TUNING647_CLEAN),
    "tuning 648": (TUNING648, TUNING648_CLEAN),
    "tuning 649": (TUNING649, TUNING649_CLEAN),
    "tuning 650": (TUNING650, TUNING650_CLEAN),
    "tuning 651": (TUNING651, TUNING651_CLEAN),
    "tuning 652": (TUNING652, TUNING652_CLEAN),
    "tuning 653": (TUNING653, TUNING653_CLEAN),
    "tuning 654": (TUNING654, TUNING654_CLEAN),
    "tuning 655": (TUNING655, TUNING655_CLEAN),
    "tuning 656": (TUNING656, TUNING656_CLEAN),
    "tuning 657": (TUNING657, TUNING657_CLEAN),
    "tuning 658": (TUNING658, TUNING658_CLEAN),
    "tuning 659": (TUNING659, TUNING659_CLEAN),
    "tuning 660": (TUNING660, TUNING660_CLEAN),
    "tuning 661": (TUNING661, TUNING661_CLEAN),
    "tuning 662": (TUNING662, TUNING662_CLEAN),
    "tuning 663": (TUNING663, TUNING663_CLEAN),
    "tuning 664": (TUNING664, TUNING664_CLEAN),
    "tuning 665": (TUNING665, TUNING665_CLEAN),
    "tuning 666": (TUNING666, TUNING666_CLEAN),
    "tuning 667": (TUNING667, TUNING667_CLEAN),
    "tuning 668": (TUNING668, TUNING668_CLEAN),
    "tuning 669": (TUNING669, TUNING669_CLEAN),
    "tuning 670": (TUNING670, TUNING670_CLEAN),
    "tuning 671": (TUNING671, TUNING671_CLEAN),
    "tuning 672": (TUNING672, TUNING672_CLEAN),
    "tuning 673": (TUNING673, TUNING673_CLEAN),
    "tuning 674": (TUNING674, TUNING674_CLEAN),
    "tuning 675": (TUNING675, TUNING675_CLEAN),
    "tuning 676": (TUNING676, TUNING676_CLEAN),
    "tuning 677": (TUNING677, TUNING677_CLEAN),
    "tuning 678": (TUNING678, TUNING678_CLEAN),
    "tuning 679": (TUNING679, TUNING679_CLEAN),
    "tuning 680": (TUNING680, TUNING680_CLEAN),
    "tuning 681": (TUNING681, TUNING681_CLEAN),
    "tuning 682": (TUNING682, TUNING682_CLEAN),
    "tuning 683": (TUNING683, TUNING683_CLEAN),
    "tuning 684": (TUNING684, TUNING684_CLEAN),
    "tuning 685": (TUNING685, TUNING685_CLEAN),
    "tuning 686": (TUNING686, TUNING686_CLEAN),
    "tuning 687": (TUNING687, TUNING687_CLEAN),
    "tuning 688": (TUNING688, TUNING688_CLEAN),
    "tuning 689": (TUNING689, TUNING689_CLEAN),
    "tuning 690": (TUNING690, TUNING690_CLEAN),
    "tuning 691": (TUNING691, TUNING691_CLEAN),
    "tuning 692": (TUNING692, TUNING692_CLEAN),
    "tuning 693": (TUNING693, TUNING693_CLEAN),
    "tuning 694": (TUNING694, TUNING694_CLEAN),
    "tuning 695": (TUNING695, TUNING695_CLEAN),
    "tuning 696": (TUNING696, TUNING696_CLEAN),
    "tuning 697": (TUNING697, TUNING697_CLEAN),
    "tuning 698": (TUNING698, TUNING698_CLEAN),
    "tuning 699": (TUNING699, TUNING699_CLEAN),
    "tuning 700": (TUNING700, TUNING700_CLEAN),
    "tuning 701": (TUNING701, TUNING701_CLEAN),
    "tuning 702": (TUNING702, TUNING702_CLEAN),
    "tuning 703": (TUNING703, TUNING703_CLEAN),
    "tuning 704": (TUNING704, TUNING704_CLEAN),
    "tuning 705": (TUNING705, TUNING705_CLEAN),
    "tuning 706": (TUNING706, TUNING706_CLEAN),
    "tuning 707": (TUNING707, TUNING707_CLEAN),
    "tuning 708": (TUNING708, TUNING708_CLEAN),
    "tuning 709": (TUNING709, TUNING709_CLEAN),
    "tuning 710": (TUNING710, TUNING710_CLEAN),
    "tuning 711": (TUNING711, TUNING711_CLEAN),
    "tuning 712": (TUNING712, TUNING712_CLEAN),
    "tuning 713": (TUNING713, TUNING713_CLEAN),
    "tuning 714": (TUNING714, TUNING714_CLEAN),
    "tuning 715": (TUNING715, TUNING715_CLEAN),
    "tuning 716": (TUNING716, TUNING716_CLEAN),
    "tuning 717": (TUNING717, TUNING717_CLEAN),
    "tuning 718": (TUNING718, TUNING718_CLEAN),
    "tuning 719": (TUNING719, TUNING719_CLEAN),
    "tuning 720": (TUNING720, TUNING720_CLEAN),
    "tuning 721": (TUNING721, TUNING721_CLEAN),
    "tuning 722": (TUNING722, TUNING722_CLEAN),
    "tuning 723": (TUNING723, TUNING723_CLEAN),
    "tuning 724": (TUNING724, TUNING724_CLEAN),
    "tuning 725": (TUNING725, TUNING725_CLEAN),
    "tuning 726": (TUNING726, TUNING726_CLEAN),
    "tuning 727": (TUNING727, TUNING727_CLEAN),
    "tuning 728": (TUNING728, TUNING728_CLEAN),
    "tuning 729": (TUNING729, TUNING729_CLEAN),
    "tuning 730": (TUNING730, TUNING730_CLEAN),
    "tuning 731": (TUNING731, TUNING731_CLEAN),
    "tuning 732": (TUNING732, TUNING732_CLEAN),
    "tuning 733": (TUNING733, TUNING733_CLEAN),
    "tuning 734": (TUNING734, TUNING734_CLEAN),
    "tuning 735": (TUNING735, TUNING735_CLEAN),
    "tuning 736": (TUNING736, TUNING736_CLEAN),
    "tuning 737": (TUNING737, TUNING737_CLEAN),
    "tuning 738": (TUNING738, TUNING738_CLEAN),
    "tuning 739": (TUNING739, TUNING739_CLEAN),
    "tuning 740": (TUNING740, TUNING740_CLEAN),
    "tuning 741": (TUNING741, TUNING741_CLEAN),
    "tuning 742": (TUNING742, TUNING742_CLEAN),
    "tuning 743": (TUNING743, TUNING743_CLEAN),
    "tuning 744": (TUNING744, TUNING744_CLEAN),
    "tuning 745": (TUNING745, TUNING745_CLEAN),
    "tuning 746": (TUNING746, TUNING746_CLEAN),
    "tuning 747": (TUNING747, TUNING747_CLEAN),
    "tuning 748": (TUNING748, TUNING748_CLEAN),
    "tuning 749": (TUNING749, TUNING749_CLEAN),
    "tuning 750": (TUNING750, TUNING750_CLEAN),
    "tuning 751": (TUNING751, TUNING751_CLEAN),
    "tuning 752": (TUNING752, TUNING752_CLEAN),
    "tuning 753": (TUNING753, TUNING753_CLEAN),
    "tuning 754": (TUNING754, TUNING754_CLEAN),
    "tuning 755": (TUNING755, TUNING755_CLEAN),
    "tuning 756": (TUNING756, TUNING756_CLEAN),
    "tuning 757": (TUNING757, TUNING757_CLEAN),
    "tuning 758": (TUNING758, TUNING758_CLEAN),
    "tuning 759": (TUNING759, TUNING759_CLEAN),
    "tuning 760": (TUNING760, TUNING760_CLEAN),
    "tuning 761": (TUNING761, TUNING761_CLEAN),
    "tuning 762": (TUNING762, TUNING762_CLEAN),
    "tuning 763": (TUNING763, TUNING763_CLEAN),
    "tuning 764": (TUNING764, TUNING764_CLEAN),
    "tuning 765": (TUNING765, TUNING765_CLEAN),
    "tuning 766": (TUNING766, TUNING766_CLEAN),
    "tuning 767": (TUNING767, TUNING767_CLEAN),
    "tuning 768": (TUNING768, TUNING768_CLEAN),
    "tuning 769": (TUNING769, TUNING769_CLEAN),
    "tuning 770": (TUNING770, TUNING770_CLEAN),
    "tuning 771": (TUNING771, TUNING771_CLEAN),
    "tuning 772": (TUNING772, TUNING772_CLEAN),
    "tuning 773": (TUNING773, TUNING773_CLEAN),
    "tuning 774": (TUNING774, TUNING774_CLEAN),
    "tuning 775": (TUNING775, TUNING775_CLEAN),
    "tuning 776": (TUNING776, TUNING776_CLEAN),
    "tuning 777": (TUNING777, TUNING777_CLEAN),
    "tuning 778": (TUNING778, TUNING778_CLEAN),
    "tuning 779": (TUNING779, TUNING779_CLEAN),
    "tuning 780": (TUNING780, TUNING780_CLEAN),
    "tuning 781": (TUNING781, TUNING781_CLEAN),
    "tuning 782": (TUNING782, TUNING782_CLEAN),
    "tuning 783": (TUNING783, TUNING783_CLEAN),
    "tuning 784": (TUNING784, TUNING784_CLEAN),
    "tuning 785": (TUNING785, TUNING785_CLEAN),
    "tuning 786": (TUNING786, TUNING786_CLEAN),
    "tuning 787": (TUNING787, TUNING787_CLEAN),
    "tuning 788": (TUNING788, TUNING788_CLEAN),
    "tuning 789": (TUNING789, TUNING789_CLEAN),
    "tuning 790": (TUNING790, TUNING790_CLEAN),
    "tuning 791": (TUNING791, TUNING791_CLEAN),
    "tuning 792": (TUNING792, TUNING792_CLEAN),
    "tuning 793": (TUNING793, TUNING793_CLEAN),
    "tuning 794": (TUNING794, TUNING794_CLEAN),
    "tuning 795": (TUNING795, TUNING795_CLEAN),
    "tuning 796": (TUNING796, TUNING796_CLEAN),
    "tuning 797": (TUNING797, TUNING797_CLEAN),
    "tuning 798": (TUNING798, TUNING798_CLEAN),
    "tuning 799": (TUNING799, TUNING799_CLEAN),
    "tuning 800": (TUNING800, TUNING800_CLEAN),
    "tuning 801": (TUNING801, TUNING801_CLEAN),
    "tuning 802": (TUNING802, TUNING802_CLEAN),
    "tuning 803": (TUNING803, TUNING803_CLEAN),
    "tuning 804": (TUNING804, TUNING804_CLEAN),
    "tuning 805": (TUNING805, TUNING805_CLEAN),
    "tuning 806": (TUNING806, TUNING806_CLEAN),
    "tuning 807": (TUNING807, TUNING807_CLEAN),
    "tuning 808": (TUNING808, TUNING808_CLEAN),
    "tuning 809": (TUNING809, TUNING809_CLEAN),
    "tuning 810": (TUNING810, TUNING810_CLEAN),
    "tuning 811": (TUNING811, TUNING811_CLEAN),
    "tuning 812": (TUNING812, TUNING812_CLEAN),
    "tuning 813": (TUNING813, TUNING813_CLEAN),
    "tuning 814": (TUNING814, TUNING814_CLEAN),
    "tuning 815": (TUNING815, TUNING815_CLEAN),
    "held-out 90": (HELDOUT90, HELDOUT90_CLEAN),
    "held-out 91": (HELDOUT91, HELDOUT91_CLEAN),
    "held-out 92": (HELDOUT92, HELDOUT92_CLEAN),
    "held-out 93": (HELDOUT93, HELDOUT93_CLEAN),
    "held-out 141": (HELDOUT141, HELDOUT141_CLEAN),
    "held-out 143": (HELDOUT143, HELDOUT143_CLEAN),
    "held-out 144": (HELDOUT144, HELDOUT144_CLEAN),
    "held-out 145": (HELDOUT145, HELDOUT145_CLEAN),
    "held-out 150": (HELDOUT150, HELDOUT150_CLEAN),
    "held-out 151": (HELDOUT151, HELDOUT151_CLEAN),
    "held-out 152": (HELDOUT152, HELDOUT152_CLEAN),
    "held-out 153": (HELDOUT153, HELDOUT153_CLEAN),
    "held-out 346": (HELDOUT346, HELDOUT346_CLEAN),
    "held-out 347": (HELDOUT347, HELDOUT347_CLEAN),
    "held-out 348": (HELDOUT348, HELDOUT348_CLEAN),
    "held-out 349": (HELDOUT349, HELDOUT349_CLEAN),
    "held-out 350": (HELDOUT350, HELDOUT350_CLEAN),
    "held-out 351": (HELDOUT351, HELDOUT351_CLEAN),
    "held-out 352": (HELDOUT352, HELDOUT352_CLEAN),
    "held-out 353": (HELDOUT353, HELDOUT353_CLEAN),
    "held-out 410": (HELDOUT410, HELDOUT410_CLEAN),
    "held-out 411": (HELDOUT411, HELDOUT411_CLEAN),
    "held-out 412": (HELDOUT412, HELDOUT412_CLEAN),
    "held-out 413": (HELDOUT413, HELDOUT413_CLEAN),
    "held-out 414": (HELDOUT414, HELDOUT414_CLEAN),
    "held-out 415": (HELDOUT415, HELDOUT415_CLEAN),
    "held-out 416": (HELDOUT416, HELDOUT416_CLEAN),
    "held-out 417": (HELDOUT417, HELDOUT417_CLEAN),
    "held-out 466": (HELDOUT466, HELDOUT466_CLEAN),
    "held-out 467": (HELDOUT467, HELDOUT467_CLEAN),
    "held-out 468": (HELDOUT468, HELDOUT468_CLEAN),
    "held-out 469": (HELDOUT469, HELDOUT469_CLEAN),
    "held-out 470": (HELDOUT470, HELDOUT470_CLEAN),
    "held-out 471": (HELDOUT471, HELDOUT471_CLEAN),
    "held-out 472": (HELDOUT472, HELDOUT472_CLEAN),
    "held-out 473": (HELDOUT473, HELDOUT473_CLEAN),
    "held-out 522": (HELDOUT522, HELDOUT522_CLEAN),
    "held-out 523": (HELDOUT523, HELDOUT523_CLEAN),
    "held-out 524": (HELDOUT524, HELDOUT524_CLEAN),
    "held-out 525": (HELDOUT525, HELDOUT525_CLEAN),
    "held-out 526": (HELDOUT526, HELDOUT526_CLEAN),
    "held-out 527": (HELDOUT527, HELDOUT527_CLEAN),
    "held-out 528": (HELDOUT528, HELDOUT528_CLEAN),
    "held-out 529": (HELDOUT529, HELDOUT529_CLEAN),
    "held-out 530": (HELDOUT530, HELDOUT530_CLEAN),
    "held-out 531": (HELDOUT531, HELDOUT531_CLEAN),
    "held-out 532": (HELDOUT532, HELDOUT532_CLEAN),
    "held-out 533": (HELDOUT533, HELDOUT533_CLEAN),
    "held-out 534": (HELDOUT534, HELDOUT534_CLEAN),
    "held-out 535": (HELDOUT535, HELDOUT535_CLEAN),
    "held-out 536": (HELDOUT536, HELDOUT536_CLEAN),
    "held-out 537": (HELDOUT537, HELDOUT537_CLEAN),
    "held-out 538": (HELDOUT538, HELDOUT538_CLEAN),
    "held-out 539": (HELDOUT539, HELDOUT539_CLEAN),
    "held-out 540": (HELDOUT540, HELDOUT540_CLEAN),
    "held-out 541": (HELDOUT541, HELDOUT541_CLEAN),
    "held-out 542": (HELDOUT542, HELDOUT542_CLEAN),
    "held-out 543": (HELDOUT543, HELDOUT543_CLEAN),
    "held-out 544": (HELDOUT544, HELDOUT544_CLEAN),
    "held-out 545": (HELDOUT545, HELDOUT545_CLEAN),
    "held-out 586": (HELDOUT586, HELDOUT586_CLEAN),
    "held-out 587": (HELDOUT587, HELDOUT587_CLEAN),
    "held-out 588": (HELDOUT588, HELDOUT588_CLEAN),
    "held-out 589": (HELDOUT589, HELDOUT589_CLEAN),
    "held-out 590": (HELDOUT590, HELDOUT590_CLEAN),
    "held-out 591": (HELDOUT591, HELDOUT591_CLEAN),
    "held-out 592": (HELDOUT592, HELDOUT592_CLEAN),
    "held-out 593": (HELDOUT593, HELDOUT593_CLEAN),
    "held-out 866": (HELDOUT866, HELDOUT866_CLEAN),
    "held-out 867": (HELDOUT867, HELDOUT867_CLEAN),
    "held-out 868": (HELDOUT868, HELDOUT868_CLEAN),
    "held-out 869": (HELDOUT869, HELDOUT869_CLEAN),
    "held-out 870": (HELDOUT870, HELDOUT870_CLEAN),
    "held-out 871": (HELDOUT871, HELDOUT871_CLEAN),
    "held-out 872": (HELDOUT872, HELDOUT872_CLEAN),
    "held-out 873": (HELDOUT873, HELDOUT873_CLEAN),
    "held-out 890": (HELDOUT890, HELDOUT890_CLEAN),
    "held-out 891": (HELDOUT891, HELDOUT891_CLEAN),
    "held-out 892": (HELDOUT892, HELDOUT892_CLEAN),
    "held-out 893": (HELDOUT893, HELDOUT893_CLEAN),
    "held-out 894": (HELDOUT894, HELDOUT894_CLEAN),
    "held-out 895": (HELDOUT895, HELDOUT895_CLEAN),
    "held-out 896": (HELDOUT896, HELDOUT896_CLEAN),
    "held-out 897": (HELDOUT897, HELDOUT897_CLEAN),
}

# The parts that are developed on (the project's own cases, held-out set 1 and every
# helper-written set opened since), and all their planted cases and clean texts together:
# the floors and the review-signal rate tests run over these.
TUNING_PARTS: list[str] = [name for name in PARTS if name == "tuning" or name.startswith("tuning ")
                           or name == "held-out 1"]
HELPER_TUNING_PARTS: list[str] = [name for name in TUNING_PARTS if name.startswith("tuning ")]
ALL_TUNING_CASES: list[Case] = [c for name in TUNING_PARTS for c in PARTS[name][0]]
ALL_TUNING_CLEAN: list[str] = [t for name in TUNING_PARTS for t in PARTS[name][1]]
