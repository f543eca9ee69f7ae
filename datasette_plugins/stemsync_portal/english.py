"""English for every interface text of the portal and the report (``?lang=en``).

Keys are the Dutch texts as written in the code and the templates (inside ``_()``);
``{name}`` placeholders are kept. ``tests/test_portal_english.py`` checks that every
``_()`` text has its English here, and that English pages carry no Dutch interface text.
Texts from the codebook (questionnaires, questions, answers, themes, roles) come in
English from the public database, not from here.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # words used through a variable (figures.LEVEL_WORDS, pages.PART_LABEL, translate.ERROR_*)
    "team": "team", "teams": "teams", "regio": "region", "regio’s": "regions", "eenheid": "unit",
    "eenheden": "units",
    "Begin van het gesprek": "Start of the conversation", "Eind van het gesprek": "End of the conversation",
    "Dit lukte niet": "That did not work", "Geen toegang": "No access", "Deze pagina bestaat niet": "Page not found",
    "Er ging iets mis": "Something went wrong",
    "De pagina kon uw vraag niet verwerken. Ga terug en probeer het opnieuw.":
        "The page could not handle your request. Go back and try again.",
    "U mag deze pagina niet zien. Bent u ingelogd?": "You may not see this page. Are you logged in?",
    "Deze pagina bestaat niet (meer). Misschien is de link oud of verkeerd overgenomen.":
        "This page does not exist (any more). The link may be old or copied wrongly.",
    "Er ging iets mis bij het maken van deze pagina. Probeer het later nog eens.":
        "Something went wrong while making this page. Please try again later.",

    # fmt
    "niet getoond om de privacy te beschermen": "not shown to protect privacy",
    "niet getoond": "not shown",
    "onbekende periode": "unknown period",
    "In een onbekende periode": "In an unknown period",
    "Overig": "Other",
    "In {period}": "In {period}",
    "In het {period}": "In {period}",
    "in het {period}": "in {period}",
    "in {period}": "in {period}",
    "het {period}": "{period}",
    "vorig kwartaal": "last quarter",
    "vorige maand": "last month",
    "en": "and",
    "een {mark}": "{mark}",
    "{mean} op een schaal van {low} tot {high}": "{mean} on a scale of {low} to {high}",

    # data
    "Regio {name}": "Region {name}",
    "onbekend": "unknown",
    "Team onbekend": "Team unknown",

    # figures
    "mensen": "people",
    "weinig antwoorden": "few answers",
    "Weinig antwoorden: een cijfer van minder dan {n} mensen kan door toeval veel hoger of lager uitvallen. "
    "Lees het voorzichtig.":
        "Few answers: a figure from fewer than {n} people can come out much higher or lower by chance. "
        "Read it with care.",
    "Vraag": "Question",
    "Gemiddelde": "Average",
    "Aantal antwoorden": "Number of answers",
    "{when} was het hoogste gemiddelde {mean}, bij: {question}": "{when}, the highest average was {mean}, for: {question}",
    "Het laagste was {mean}, bij: {question}": "The lowest was {mean}, for: {question}",
    "1 vraag wordt niet getoond om de privacy te beschermen": "1 question is not shown to protect privacy",
    "{n} vragen worden niet getoond om de privacy te beschermen": "{n} questions are not shown to protect privacy",
    "Schaal: {low} tot {high}.": "Scale: {low} to {high}.",
    "Er zijn geen cijfers voor {period}.": "There are no figures for {period}.",
    "De vragen in het {period}": "The questions in {period}",
    "{value} ({n} mensen)": "{value} ({n} people)",
    "{when} was het verschil het grootst bij {theme}: {high_people} gaven gemiddeld {high}, {low_people} {low}. "
    "Dat verschil is groter dan toeval kan geven.":
        "{when}, the difference was largest for {theme}: {high_people} gave an average of {high}, {low_people} "
        "{low}. That difference is larger than chance can produce.",
    "{when} gaven de groepen ongeveer dezelfde cijfers: geen verschil is groter dan toeval kan geven.":
        "{when}, the groups gave about the same scores: no difference is larger than chance can produce.",
    "{when} zijn er te weinig antwoorden per groep om ze naast elkaar te zetten.":
        "{when}, there are too few answers per group to put them side by side.",
    "Cliënten en hulpverleners naast elkaar": "Clients and care workers side by side",
    "Onderwerp": "Topic",
    "ging omhoog": "went up",
    "ging omlaag": "went down",
    "bleef ongeveer gelijk": "stayed about the same",
    "De gemiddelden worden niet getoond om de privacy te beschermen.": "The averages are not shown to protect privacy.",
    "{when} gaven {n} {people}{few} gemiddeld {score}": "{when}, {n} {people}{few} gave an average of {score}",
    "Het gemiddelde {change}.": "The average {change}.",
    "Van het {period} wordt het gemiddelde niet getoond om de privacy te beschermen.":
        "The average for {period} is not shown to protect privacy.",
    "Het laatst bekende": "The latest known",
    "{when} was het gemiddelde: {parts}.": "{when}, the average was: {parts}.",
    "{low} tot {high}": "{low} to {high}",
    "Periode": "Period",
    "95%-marge (toeval)": "95% margin (chance)",
    "Hoe veranderde het gemiddelde?": "How did the average change?",
    "De onderwerpen door de tijd": "The topics over time",
    "De streepjes boven en onder elk punt laten zien hoeveel het gemiddelde door toeval kan schommelen (95%).":
        "The whiskers above and below each point show how much the average can vary by chance (95%).",
    "Team of regio": "Team or region",
    "{when} is van één {one} het gemiddelde bekend: {mean}": "{when}, the average is known for one {one}: {mean}",
    "{when} lag het gemiddelde per {one} tussen {low} ({low_name}) en {high} ({high_name})":
        "{when}, the average per {one} was between {low} ({low_name}) and {high} ({high_name})",
    "Van één {one} worden de cijfers niet getoond om de privacy te beschermen":
        "The figures of one {one} are not shown to protect privacy",
    "Van {n} {more} worden de cijfers niet getoond om de privacy te beschermen":
        "The figures of {n} {more} are not shown to protect privacy",
    "{when} zijn er geen cijfers per {one}.": "{when}, there are no figures per {one}.",
    "Verschil tussen teams en regio’s": "Difference between teams and regions",
    "Verschil tussen regio’s": "Difference between regions",
    "{units} zonder getoonde cijfers voor deze vragenlijst staan er niet bij.":
        "{units} without figures shown for this questionnaire are left out.",
    "{when}: de verdeling van de antwoorden wordt niet getoond om de privacy te beschermen.":
        "{when}: the spread of the answers is not shown to protect privacy.",
    "{when}: geen antwoorden.": "{when}: no answers.",
    "{n} mensen beantwoordden deze vraag.": "{n} people answered this question.",
    "Antwoord": "Answer",
    "Aantal": "Number",
    "Procent": "Percent",
    "{when} antwoordde {share} ‘Ja’ ({n} antwoorden{few}).": "{when}, {share} answered ‘Yes’ ({n} answers{few}).",
    "{when} kozen de meeste mensen {answer} ({share} van {n} antwoorden{few}).":
        "{when}, most people chose {answer} ({share} of {n} answers{few}).",
    "Gemiddeld: {mean}.": "Average: {mean}.",

    # pages
    "{question} ging omhoog van {old} naar {new}.": "{question} went up from {old} to {new}.",
    "{question} ging omlaag van {old} naar {new}.": "{question} went down from {old} to {new}.",
    "Meer mensen zeiden ja op {question}: {new} (was {old}).": "More people said yes to {question}: {new} (was {old}).",
    "Minder mensen zeiden ja op {question}: {new} (was {old}).":
        "Fewer people said yes to {question}: {new} (was {old}).",
    "Vergeleken met {when} bleven de cijfers ongeveer gelijk: geen verschil is groter dan toeval kan geven.":
        "Compared with {when}, the figures stayed about the same: no difference is larger than chance can produce.",
    "Vergeleken met {when} zijn er te weinig cijfers om te vergelijken.":
        "Compared with {when}, there are too few figures to compare.",
    "ingevulde vragenlijsten": "questionnaires filled in",
    "zegt ja op: {question}": "says yes to: {question}",
    "{n} antwoorden": "{n} answers",
    "De cijfers per team staan bij ‘Alle vragen en antwoorden’.":
        "The figures per team are under ‘All questions and answers’.",
    "Alle vragen en antwoorden": "All questions and answers",
    "Wat cliënten schreven": "What clients wrote",
    "Jij zei, wij deden": "You said, we did",
    "Er zijn nog geen cijfers.": "There are no figures yet.",
    "gemiddeld cijfer (van {low} tot {high})": "average mark (from {low} to {high})",
    "Wat vinden cliënten van de hulp?": "What do clients think of the help?",
    "Verschil per regio: {theme}": "Difference per region: {theme}",
    "Verschil per team: {theme}": "Difference per team: {theme}",
    "Andere onderwerpen of de teams vergelijken? Kijk bij ‘Alle vragen en antwoorden’.":
        "Compare other topics or the teams? See ‘All questions and answers’.",
    "{when} vulden {n} {people} de lijst in.": "{when}, {n} {people} filled in the questionnaire.",
    "Het hoogste cijfer ging naar {best} ({best_mean}), het laagste naar {worst} ({worst_mean}).":
        "The highest score went to {best} ({best_mean}), the lowest to {worst} ({worst_mean}).",
    "Ouders en jongeren vullen aan het begin en aan het eind van elk gesprek een korte lijst in. Aan het begin: "
    "hoe ging het sinds het vorige gesprek? Aan het eind: hoe was dit gesprek?":
        "Parents and young people fill in a short questionnaire at the start and at the end of every conversation. "
        "At the start: how have things been since the last conversation? At the end: how was this conversation?",
    "Alle vragen: {title}": "All questions: {title}",
    "Vragen aan het {part}": "Questions at the {part}",
    "Begin en eind door de tijd": "Start and end over time",
    "Begin en eind per regio": "Start and end per region",
    "Begin en eind per team": "Start and end per team",
    "{n} is {status}": "{n} is {status}",
    "{n} zijn {status}": "{n} are {status}",
    "er zijn nog geen acties gepubliceerd.": "no actions have been published yet.",
    "1 actie": "1 action",
    "{n} acties": "{n} actions",

    # questionnaire, actions, comments, csv
    "Door de tijd": "Over time",
    "{n} mensen": "{n} people",
    "gemiddelde niet getoond": "average not shown",
    "Verschil tussen teams en regio’s: {question}": "Difference between teams and regions: {question}",
    "Zo ontwikkelde {theme} zich": "How {theme} developed",
    "het cijfer": "the score",
    "Vragenlijst": "Questionnaire",
    "Opmerking": "Comment",
    "Nummer": "Number",
    "Jullie zeiden": "You said",
    "Wij deden": "We did",
    "Stand van zaken": "Status",
    "Datum": "Date",

    # translate (Datasette's pages)
    "veel regels": "many rows",
    "1 regel": "1 row",
    "{n} regels": "{n} rows",
    "waar": "where",
    "met zoekwoord “{search}”": "with search word “{search}”",

    # views
    "Er is geen database van stemsync gevonden.": "No stemsync database was found.",
    "Deze vragenlijst bestaat niet.": "This questionnaire does not exist.",
    "Deze download bestaat niet.": "This download does not exist.",
    "Deze download kan niet gemaakt worden: onbekende waarde voor '{name}'.":
        "This download cannot be made: unknown value for '{name}'.",

    # the report (stemsync report, and its download in the portal)
    "Wat cliënten zeggen": "What clients say",
    "rapport": "report",
    "Kwartaalrapport": "Quarterly report",
    "Kwartaalrapport voor de cliëntenraad": "Quarterly report for the client council",
    "Gemaakt uit de openbare cijfers van {published}. Er staan geen namen in.":
        "Made from the public figures of {published}. There are no names in it.",
    "Zo leest u dit rapport": "How to read this report",
    "Per vragenlijst ziet u de belangrijkste cijfers, de grafieken, wat er veranderde, wat de organisatie deed en "
    "een paar opmerkingen van cliënten.":
        "For each questionnaire you see the key figures, the charts, what changed, what the organisation did and "
        "a few comments from clients.",
    "Een verschil noemen we pas als het groter is dan toeval kan geven. Anders staat er: het cijfer bleef "
    "ongeveer gelijk.":
        "We only call something a difference when it is larger than chance can produce. Otherwise it says: the "
        "figure stayed about the same.",
    "De streepjes bij de punten in een grafiek laten zien hoeveel een gemiddelde door toeval kan schommelen.":
        "The whiskers at the points in a chart show how much an average can vary by chance.",
    "Groepen van minder dan {k} mensen laten we niet zien, om de privacy te beschermen. Bij minder dan {few} "
    "mensen staat er: weinig antwoorden.":
        "Groups of fewer than {k} people are not shown, to protect privacy. With fewer than {few} people it says: "
        "few answers.",
    "Inhoud": "Contents",
    "Periode: {period}. Voor: {unit}.": "Period: {period}. For: {unit}.",
    "Wat veranderde?": "What changed?",
    "Er zijn nog geen acties bij deze vragenlijst.": "There are no actions for this questionnaire yet.",
    "Een paar opmerkingen uit deze periode, zonder namen en andere persoonsgegevens.":
        "A few comments from this period, without names and other personal details.",
    "Uit deze periode zijn geen opmerkingen te tonen.": "There are no comments to show from this period.",
    "Dit rapport kan niet gemaakt worden: onbekende periode of eenheid.":
        "This report cannot be made: unknown period or unit.",
    "Het rapport kon niet gemaakt worden.": "The report could not be made.",
    "Download het kwartaalrapport voor de vergadering (PDF, A4)":
        "Download the quarterly report for the meeting (PDF, A4)",

    # templates: the frame, login and Datasette's pages
    "Ga direct naar de inhoud": "Skip to the content",
    "Hoofdmenu": "Main menu",
    "Ingelogd als <strong>{name}</strong>": "Logged in as <strong>{name}</strong>",
    "Uitloggen": "Log out",
    "Inloggen": "Log in",
    "Home": "Home",
    "Uitleg": "Explanation",
    "Alle gegevens": "All data",
    "U bent hier": "You are here",
    "Hier staan alle tabellen van het portaal. Kies een tabel om de cijfers te bekijken, te filteren of te "
    "downloaden. De grafieken en uitleg vindt u op de <a href='{home}'>beginpagina</a>.":
        "Here are all the tables of the portal. Choose a table to view, filter or download the figures. The charts "
        "and explanations are on the <a href='{home}'>home page</a>.",
    "Tabellen": "Tables",
    "technische naam": "technical name",
    "Overzichten": "Views",
    "Naar de beginpagina": "To the home page",
    "Technische melding (voor de beheerder)": "Technical message (for the administrator)",
    "U bent ingelogd als <strong>{name}</strong>.": "You are logged in as <strong>{name}</strong>.",
    "Dit portaal is voor de cliëntenraad. Log in met de gebruikersnaam en het wachtwoord dat u van de "
    "organisatie kreeg.":
        "This portal is for the client council. Log in with the user name and password the organisation gave you.",
    "Gebruikersnaam": "User name",
    "Wachtwoord": "Password",
    "Wachtwoord vergeten? Vraag de contactpersoon van de cliëntenraad om een nieuw wachtwoord.":
        "Forgot your password? Ask the client council's contact person for a new one.",
    "Download": "Download",
    "Verwijzingen uit andere tabellen": "References from other tables",
    "in": "in",
    "Gebruik": "Licence",
    "Bron": "Source",
    "Alleen voor de cliëntenraad en de organisatie. Niet verder verspreiden zonder toestemming van de cliëntenraad.":
        "Only for the client council and the organisation. Do not pass on without the client council's permission.",
    "Vragenlijsten van cliënten (LimeSurvey), bewerkt door stemsync":
        "Questionnaires from clients (LimeSurvey), processed by stemsync",
    "Weghalen": "Remove",
    "meer…": "more…",
    "(gesorteerd, klik om om te draaien)": "(sorted, click to reverse)",
    "Geen regels gevonden.": "No rows found.",
    "overzicht": "view",
    "Wat betekenen de kolommen?": "What do the columns mean?",
    "Kolom": "Column",
    "filter weghalen": "remove filter",
    "Hoe": "How",
    "Waarde": "Value",
    "Filter op": "Filter on",
    "kies een kolom": "choose a column",
    "Sorteer op": "Sort by",
    "van hoog naar laag": "from high to low",
    "Toepassen": "Apply",
    "Extra voorwaarden": "Extra conditions",
    "weghalen": "remove",
    "Groeperen op": "Group by",
    "Deze groeperingen duurden te lang": "These groupings took too long",
    "Volgende pagina": "Next page",
    "Meer manieren om te downloaden": "More ways to download",
    "standaard": "default",
    "lijst": "list",
    "regel per regel": "row by row",
    "als bestand opslaan": "save as a file",
    "met namen": "with names",
    "alle regels": "all rows",
    "CSV maken": "Make CSV",
    "Technische definitie (voor de beheerder)": "Technical definition (for the administrator)",

    # templates: the portal's own pages
    "Dit portaal laat zien wat cliënten vinden van de hulp. Er staan geen namen in: groepen die te klein zijn, "
    "laten we niet zien.":
        "This portal shows what clients think of the help. There are no names in it: groups that are too small "
        "are not shown.",
    "Lees hoe het werkt": "Read how it works",
    "Alle gegevens (voor wie meer wil zien)": "All data (for those who want to see more)",
    "Gemaakt met stemsync en <a href='https://datasette.io/'>Datasette</a>.":
        "Made with stemsync and <a href='https://datasette.io/'>Datasette</a>.",
    "Wat cliënten zeggen over {organisation}": "What clients say about {organisation}",
    "Op deze pagina ziet u hoe cliënten de hulp beoordelen: ouders, jongeren en hulpverleners vullen "
    "vragenlijsten in. Er staan geen namen in.":
        "On this page you see how clients rate the help: parents, young people and care workers fill in "
        "questionnaires. There are no names in it.",
    "Bijgewerkt op {date}.": "Updated on {date}.",
    "Groepen van minder dan {k} mensen laten we niet zien, om de privacy te beschermen.":
        "Groups of fewer than {k} people are not shown, to protect privacy.",
    "In het kort": "In short",
    "De cijfers gaan over: {period}, voor de hele organisatie.":
        "The figures are about: {period}, for the whole organisation.",
    "Wat heeft de organisatie gedaan met wat cliënten zeiden?": "What has the organisation done with what clients said?",
    "Alle acties bekijken": "See all actions",
    "Kleuren in de grafiek": "Colours in the chart",
    "Bekijk de cijfers in een tabel": "See the figures in a table",
    "Download deze cijfers (CSV, opent in Excel)": "Download these figures (CSV, opens in Excel)",
    "Laat zien": "Show",
    "Er zijn nog geen cijfers voor deze vragenlijst.": "There are no figures for this questionnaire yet.",
    "U ziet de cijfers van <strong>{unit}</strong> voor <strong>{period}</strong>. Alle mensen samen, tenzij er "
    "‘per groep’ staat.":
        "You see the figures of <strong>{unit}</strong> for <strong>{period}</strong>. All people together, "
        "unless it says ‘per group’.",
    "Onderwerpen op deze pagina": "Topics on this page",
    "Onderwerpen": "Topics",
    "Teams en regio’s vergelijken": "Compare teams and regions",
    "Per groep": "Per group",
    "Vergelijk de teams en regio’s bij deze vraag →": "Compare the teams and regions on this question →",
    "Lees wat cliënten schreven over {theme} ({n})": "Read what clients wrote about {theme} ({n})",
    "Vergelijk": "Compare",
    "Cliënten vertellen ons wat goed gaat en wat beter kan. Hier leest u wat de organisatie daarmee doet. Bij "
    "elke actie ziet u hoe het cijfer voor dat onderwerp veranderde.":
        "Clients tell us what goes well and what could be better. Here you read what the organisation does with "
        "that. For each action you see how the score for that topic changed.",
    "Kies welke acties u ziet": "Choose which actions you see",
    "Alle acties": "All actions",
    "U ziet de acties": "You see the actions",
    "bij {title}": "for {title}",
    "over {theme}": "about {theme}",
    "Er zijn hier nog geen acties gepubliceerd.": "No actions have been published here yet.",
    "Er zijn nog geen acties gepubliceerd.": "No actions have been published yet.",
    "Download deze acties (CSV, opent in Excel)": "Download these actions (CSV, opens in Excel)",
    "Dit zijn de opmerkingen die cliënten in de vragenlijsten schreven. Namen, telefoonnummers en andere "
    "persoonlijke gegevens zijn weggehaald: daar staat nu bijvoorbeeld [naam] of [telefoonnummer].":
        "These are the comments clients wrote in the questionnaires. Names, phone numbers and other personal "
        "details have been removed: there it now says, for example, [naam] (name) or [telefoonnummer] (phone number).",
    "Zoek een woord": "Search for a word",
    "bijvoorbeeld: wachten": "for example: waiting",
    "Alle vragenlijsten": "All questionnaires",
    "Alle onderwerpen": "All topics",
    "Alle perioden": "All periods",
    "Alle teams en regio’s": "All teams and regions",
    "Zoeken": "Search",
    "Alles wissen": "Clear all",
    "Geen opmerkingen gevonden.": "No comments found.",
    "Probeer een ander woord of minder keuzes.": "Try another word or fewer choices.",
    "1 opmerking gevonden.": "1 comment found.",
    "{n} opmerkingen gevonden.": "{n} comments found.",
    "U ziet pagina {page} van {pages}.": "You see page {page} of {pages}.",
    "Bij een regio ziet u ook de opmerkingen van de teams in die regio.":
        "For a region you also see the comments of the teams in that region.",
    "vraag": "question",
    "Pagina’s": "Pages",
    "← Vorige pagina": "← Previous page",
    "Pagina {page} van {pages}": "Page {page} of {pages}",
    "Volgende pagina →": "Next page →",
    "Download deze opmerkingen (CSV, opent in Excel)": "Download these comments (CSV, opens in Excel)",
    "Uitleg: zo werkt dit portaal": "Explanation: how this portal works",
    "Dit portaal is voor de cliëntenraad. U ziet hier wat cliënten vinden van de hulp, wat er veranderde, wat "
    "ze schreven en wat de organisatie ermee deed.":
        "This portal is for the client council. Here you see what clients think of the help, what changed, what "
        "they wrote and what the organisation did with it.",
    "Waar komen de cijfers vandaan?": "Where do the figures come from?",
    "Ouders, jongeren en hulpverleners vullen vragenlijsten in. Het gaat om deze vragenlijsten:":
        "Parents, young people and care workers fill in questionnaires. These are the questionnaires:",
    "De cijfers zijn bijgewerkt op {date}.": "The figures were updated on {date}.",
    "Er zijn {n} vragenlijsten meegeteld.": "{n} questionnaires were counted.",
    "Hoe lees ik de cijfers?": "How do I read the figures?",
    "<strong>Gemiddelde.</strong> Iedereen geeft een cijfer of kiest een antwoord. Wij tellen alles op en delen "
    "door het aantal mensen. Een 7,4 betekent: gemiddeld een 7,4.":
        "<strong>Average.</strong> Everyone gives a mark or chooses an answer. We add everything up and divide "
        "by the number of people. A 7.4 means: on average a 7.4.",
    "<strong>Schaal.</strong> Bij sommige vragen gaat het antwoord van 1 tot 5 (helemaal niet mee eens tot "
    "helemaal mee eens). Bij andere van 0 of 1 tot 10, zoals een rapportcijfer. Bij elke grafiek staat welke "
    "schaal het is.":
        "<strong>Scale.</strong> For some questions the answer goes from 1 to 5 (strongly disagree to strongly "
        "agree). For others from 0 or 1 to 10, like a school mark. Each chart says which scale it is.",
    "<strong>Periode.</strong> De cijfers staan per maand. ‘Vorige maand’ is de periode ervoor.":
        "<strong>Period.</strong> The figures are per month. ‘Last month’ is the period before.",
    "<strong>Periode.</strong> De cijfers staan per kwartaal (drie maanden). ‘Vorig kwartaal’ is de periode "
    "ervoor.":
        "<strong>Period.</strong> The figures are per quarter (three months). ‘Last quarter’ is the period before.",
    "<strong>Aantal.</strong> Hoeveel mensen een vraag beantwoordden. Hoe meer mensen, hoe betrouwbaarder het "
    "cijfer.":
        "<strong>Number.</strong> How many people answered a question. The more people, the more reliable the "
        "figure.",
    "<strong>Grafieken.</strong> Bij elke grafiek staat een zin die zegt wat u ziet. Onder de grafiek kunt u de "
    "cijfers ook als tabel bekijken of downloaden voor Excel.":
        "<strong>Charts.</strong> Each chart has a sentence that says what you see. Under the chart you can also "
        "see the figures as a table or download them for Excel.",
    "Wanneer is iets echt veranderd?": "When has something really changed?",
    "Een cijfer schommelt altijd een beetje, ook als er niets verandert. Dat komt door toeval: elk kwartaal "
    "vullen andere mensen de lijst in. Daarom rekenen wij eerst na of een verschil groot genoeg is. Een verschil "
    "noemen we pas als het groter is dan toeval kan geven. Anders staat er: het cijfer <em>bleef ongeveer "
    "gelijk</em>.":
        "A figure always moves a little, even when nothing changes. That is chance: every quarter other people "
        "fill in the questionnaire. So we first check whether a difference is large enough. We only call "
        "something a difference when it is larger than chance can produce. Otherwise it says: the figure "
        "<em>stayed about the same</em>.",
    "Hoe minder mensen iets invulden, hoe groter een verschil moet zijn voordat we het noemen. In de grafieken "
    "laten streepjes boven en onder elk punt zien hoeveel het cijfer door toeval kan schommelen. Staat er "
    "<em>weinig antwoorden</em>? Dan komt het cijfer van een kleine groep. Lees het dan extra voorzichtig.":
        "The fewer people filled something in, the larger a difference must be before we mention it. In the "
        "charts, whiskers above and below each point show how much the figure can move by chance. Does it say "
        "<em>few answers</em>? Then the figure comes from a small group. Read it with extra care.",
    "Waarom staat er soms ‘niet getoond’?": "Why does it sometimes say ‘not shown’?",
    "Wij laten nooit zien wie iets heeft ingevuld. Is een groep kleiner dan {k} mensen? Dan laten we de cijfers "
    "van die groep niet zien. Soms laten we ook een grotere groep niet zien, omdat u anders een kleine groep zou "
    "kunnen uitrekenen. Er staat dan: <em>niet getoond om de privacy te beschermen</em>. Dat betekent niet dat "
    "het cijfer laag of hoog is, en ook niet dat niemand iets invulde.":
        "We never show who filled something in. Is a group smaller than {k} people? Then we do not show that "
        "group's figures. Sometimes we also hide a larger group, because otherwise you could work out a small "
        "group. It then says: <em>not shown to protect privacy</em>. That does not mean the figure is low or "
        "high, nor that nobody filled anything in.",
    "Veel mensen schrijven ook iets op. Voordat u dat leest, halen wij namen, telefoonnummers, adressen, "
    "e-mailadressen, scholen en andere persoonlijke gegevens weg. Daar staat dan bijvoorbeeld [naam], "
    "[telefoonnummer] of [medewerker]. Laten we de cijfers van een team niet zien? Dan ziet u de opmerkingen uit "
    "dat team bij de regio of bij de hele organisatie. Zo kan niemand uit een opmerking afleiden hoe groot een team "
    "is.":
        "Many people also write something down. Before you read it, we remove names, phone numbers, addresses, "
        "e-mail addresses, schools and other personal details. There it then says, for example, [naam] (name), "
        "[telefoonnummer] (phone number) or [medewerker] (staff member). Do we not show a team's figures? Then you "
        "see the comments from that team under the region or the whole organisation. That way nobody can tell "
        "from a comment how big a team is.",
    "Naar wat cliënten schreven →": "To what clients wrote →",
    # the release model: why the latest period is not there yet, and what came in later
    "Waarom?": "Why?",
    "Waarom staat het laatste kwartaal er nog niet?": "Why is the latest quarter not here yet?",
    "Waarom staat de laatste maand er nog niet?": "Why is the latest month not here yet?",
    "Als de cijfers van een periode er staan, veranderen ze niet meer. Komt er daarna nog een lijst binnen? Dan "
    "telt die niet mee. Waarom doen we dat? Stel dat de cijfers elke dag een beetje veranderen. Dan kan iemand de "
    "cijfers van gisteren en vandaag naast elkaar leggen. Het verschil is dan precies wat één persoon invulde. Dat "
    "willen we niet.":
        "Once the figures of a period are here, they do not change any more. Does a questionnaire come in after "
        "that? Then it does not count. Why do we do this? Suppose the figures changed a little every day. Then "
        "someone could put the figures of yesterday and today side by side. The difference would be exactly what "
        "one person filled in. We do not want that.",
    "Hoeveel lijsten later binnenkwamen, ziet u hieronder. Soms maakt de organisatie de cijfers van een periode "
    "opnieuw, bijvoorbeeld als er veel lijsten later kwamen. Dat gebeurt niet vaak.":
        "Below you see how many questionnaires came in later. Sometimes the organisation makes the figures of a "
        "period again, for example when many questionnaires came in later. That does not happen often.",
    "Er kwamen geen lijsten later binnen.": "No questionnaires came in later.",
    "Een team dat niet in de lijst van teams van de organisatie staat, tellen we bij ‘onbekend’. Zo wordt een "
    "groepje van één of twee mensen nooit een team met een eigen naam.":
        "A team that is not in the organisation's list of teams is counted as ‘unknown’. That way a "
        "group of one or two people never becomes a team with its own name.",
    "De cijfers over het {period} staan er nog niet.": "The figures for {period} are not here yet.",
    "De cijfers over {period} staan er nog niet.": "The figures for {period} are not here yet.",
    "We laten een kwartaal pas zien als het voorbij is, en daarna nog {days} dagen. Dan zijn bijna alle lijsten "
    "binnen.":
        "We show a quarter only when it is over and {days} more days have passed. By then almost all "
        "questionnaires are in.",
    "We laten een maand pas zien als de maand voorbij is, en daarna nog {days} dagen. Dan zijn bijna alle lijsten "
    "binnen.":
        "We show a month only when it is over and {days} more days have passed. By then almost all "
        "questionnaires are in.",
    "We laten een kwartaal pas zien als het voorbij is.": "We show a quarter only when it is over.",
    "We laten een maand pas zien als de maand voorbij is.": "We show a month only when it is over.",
    "Ze komen er op {date}.": "They will appear on {date}.",
    "Daarna veranderen ze niet meer.": "After that they do not change.",
    "Van het {period} ziet u al voorlopige cijfers, alleen voor de hele organisatie.":
        "For {period} you already see provisional figures, for the whole organisation only.",
    "Van {period} ziet u al voorlopige cijfers, alleen voor de hele organisatie.":
        "For {period} you already see provisional figures, for the whole organisation only.",
    "{n} lijst kwam later binnen en telt niet mee.": "{n} questionnaire came in later and does not count.",
    "{n} lijsten kwamen later binnen en tellen niet mee.": "{n} questionnaires came in later and do not count.",
    "{n} lijst is later ingetrokken of verwijderd; in deze cijfers telt die nog mee.":
        "{n} questionnaire was withdrawn or deleted later; it still counts in these figures.",
    "{n} lijsten zijn later ingetrokken of verwijderd; in deze cijfers tellen die nog mee.":
        "{n} questionnaires were withdrawn or deleted later; they still count in these figures.",
    "{n} opmerking kwam later binnen en staat er niet bij.": "{n} comment came in later and is not shown.",
    "{n} opmerkingen kwamen later binnen en staan er niet bij.": "{n} comments came in later and are not shown.",
    "Hier leest u wat de organisatie deed met de opmerkingen en de cijfers. Bij elke actie staat of die gepland "
    "is, bezig is of klaar is, en hoe het cijfer over dat onderwerp veranderde.":
        "Here you read what the organisation did with the comments and the figures. Each action says whether it "
        "is planned, in progress or done, and how the score for that topic changed.",
    "Naar jij zei, wij deden →": "To you said, we did →",
    "Meer willen zien?": "Want to see more?",
    "Wilt u alle cijfers zelf bekijken? Onder aan elke pagina staat de link ‘Alle gegevens’. Daar staan alle "
    "tabellen. U kunt ze filteren en downloaden.":
        "Do you want to look at all the figures yourself? At the bottom of every page is the link ‘All data’. "
        "All the tables are there. You can filter and download them.",
    "Vragen over dit portaal? Stel ze aan de contactpersoon van de cliëntenraad.":
        "Questions about this portal? Ask the client council's contact person.",

    # the door (door.py, throttle.py, errors.py, access.py)
    "Er zijn nog geen accounts ingesteld. Vraag de beheerder van het portaal om een account.":
        "No accounts have been set up yet. Ask the portal's administrator for an account.",
    "Het formulier is verlopen of niet compleet. Laad de pagina opnieuw en probeer het nog eens.":
        "The form has expired or is incomplete. Reload the page and try again.",
    "Het is nu erg druk. Probeer het over een minuut opnieuw.": "It is very busy right now. Try again in a minute.",
    "De gebruikersnaam of het wachtwoord klopt niet. Probeer het nog eens.":
        "The user name or the password is not right. Please try again.",
    "Het formulier is verlopen. Klik nog een keer op Uitloggen.": "The form has expired. Click Log out once more.",
    "U bent uitgelogd.": "You are logged out.",
    "Er is te vaak een verkeerd wachtwoord ingevuld. Inloggen is daarom 1 minuut geblokkeerd. Probeer het daarna "
    "opnieuw, of vraag de contactpersoon van de cliëntenraad om hulp.":
        "A wrong password was entered too often, so logging in is blocked for 1 minute. Try again after that, or "
        "ask the client council's contact person for help.",
    "Er is te vaak een verkeerd wachtwoord ingevuld. Inloggen is daarom {minutes} minuten geblokkeerd. Probeer het "
    "daarna opnieuw, of vraag de contactpersoon van de cliëntenraad om hulp.":
        "A wrong password was entered too often, so logging in is blocked for {minutes} minutes. Try again after "
        "that, or ask the client council's contact person for help.",
    "Er is een paar keer een verkeerd wachtwoord ingevuld. Wacht 1 seconde en probeer het dan opnieuw.":
        "A wrong password was entered a few times. Wait 1 second and then try again.",
    "Er is een paar keer een verkeerd wachtwoord ingevuld. Wacht {seconds} seconden en probeer het dan opnieuw.":
        "A wrong password was entered a few times. Wait {seconds} seconds and then try again.",
    "Op ‘{value}’ kan niet gesorteerd worden: dat is geen kolom van deze tabel. Kies een kolom uit de lijst "
    "‘Sorteer op’.":
        "The table cannot be sorted by ‘{value}’: it is not one of its columns. Choose a column from the list "
        "‘Sort by’.",
    "De waarde van ‘_through’ in de link klopt niet. Ga terug en kies het filter opnieuw.":
        "The value of ‘_through’ in the link is not right. Go back and choose the filter again.",
    "De link bevat een instelling die niet klopt ({names}). Ga terug en probeer het opnieuw.":
        "The link holds a setting that is not right ({names}). Go back and try again.",
    "Deze link is te lang. Ga terug en kies minder of kortere zoekwoorden.":
        "This link is too long. Go back and choose fewer or shorter search words.",
    "Dit formulier is te groot. Ga terug en probeer het opnieuw.": "This form is too large. Go back and try again.",
    "Dit portaal kent geen inloggen met een Authorization-header (zoals HTTP Basic). Log in met het formulier op "
    "{login}.":
        "This portal does not accept logging in with an Authorization header (such as HTTP Basic). Log in with the "
        "form at {login}.",
}
