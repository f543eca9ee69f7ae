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
}
