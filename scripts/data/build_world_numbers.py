"""Write stemsync/deidentify/data/world_number_words.txt: the number words one to nineteen of the languages whose ages
the de-identifier reads in words ("osem rokov", "deset let", "septyniolika metų", "десет година", "பத்து வயது",
"열다섯 살").

Run by hand from a source checkout (``pip install num2words``; num2words is needed here only, never at run time):

    python3 scripts/data/build_world_numbers.py

Czech, Slovak, Lithuanian, Latvian, Serbo-Croatian (Latin), Bengali, Telugu, Kannada, Finnish, Danish, Norwegian,
Swedish, Icelandic, Indonesian and (forty-fourth session) Spanish and Welsh come from num2words (the forty-second
session typed Mongolian, Kazakh, Kyrgyz, Uzbek, Uyghur, Tibetan in Wylie, Swahili, Arabic in Latin letters and Javanese
below, the forty-fourth Basque, Irish, Haitian Creole, Shona and Afrikaans, the forty-fifth Egyptian and Levantine
Arabic as chat writes it);
languages num2words does not cover (Estonian, Albanian, Macedonian and Serbian in Cyrillic, Hindi, Nepali, Urdu,
Punjabi, Tamil, and Korean's native numbers) and Lithuanian's collective numerals, which count
"metai" (years: "šešeri metai"), are typed below from general knowledge of the languages. One line per word:
``language<TAB>number<TAB>word``.
"""

from __future__ import annotations

from pathlib import Path

from num2words import num2words

OUT = Path(__file__).resolve().parents[2] / "stemsync" / "deidentify" / "data" / "world_number_words.txt"
_FROM_NUM2WORDS = ("cs", "sk", "lt", "lv", "sr", "bn", "te", "kn", "fi", "da", "no", "sv", "is", "id", "es", "cy")
_TYPED = {
    "et": "üks kaks kolm neli viis kuus seitse kaheksa üheksa kümme üksteist kaksteist kolmteist neliteist viisteist "
          "kuusteist seitseteist kaheksateist üheksateist",
    "sq": "një dy tre katër pesë gjashtë shtatë tetë nëntë dhjetë njëmbëdhjetë dymbëdhjetë trembëdhjetë katërmbëdhjetë "
          "pesëmbëdhjetë gjashtëmbëdhjetë shtatëmbëdhjetë tetëmbëdhjetë nëntëmbëdhjetë",
    "mk": "еден два три четири пет шест седум осум девет десет единаесет дванаесет тринаесет четиринаесет петнаесет "
          "шеснаесет седумнаесет осумнаесет деветнаесет",
    "sr-Cyrl": "један два три четири пет шест седам осам девет десет једанаест дванаест тринаест четрнаест петнаест "
               "шеснаест седамнаест осамнаест деветнаест",
    "lt-collective": "vieneri dveji treji ketveri penkeri šešeri septyneri aštuoneri devyneri",
    "hi": "एक दो तीन चार पाँच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह उन्नीस",
    "ne": "एक दुई तीन चार पाँच छ सात आठ नौ दस एघार बाह्र तेह्र चौध पन्ध्र सोह्र सत्र अठार उन्नाइस",
    "ur": "ایک دو تین چار پانچ چھ سات آٹھ نو دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس",
    "pa": "ਇੱਕ ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ ਦਸ ਗਿਆਰਾਂ ਬਾਰਾਂ ਤੇਰਾਂ ਚੌਦਾਂ ਪੰਦਰਾਂ ਸੋਲਾਂ ਸਤਾਰਾਂ ਅਠਾਰਾਂ ਉੱਨੀ",
    "ta": "ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது பத்து பதினொன்று பன்னிரண்டு பதின்மூன்று "
          "பதினான்கு பதினைந்து பதினாறு பதினேழு பதினெட்டு பத்தொன்பது",
    # Korean counts years of age with its native numbers ("열다섯 살")
    "ko": "한 두 세 네 다섯 여섯 일곱 여덟 아홉 열 열한 열두 열세 열네 열다섯 열여섯 열일곱 열여덟 열아홉",
    # (the forty-second session's languages; "_" joins a number of two words: Mongolian "арван_хоёр", twelve)
    # Mongolian in the attributive form ages take ("арван хоёр настай")
    "mn": "нэг хоёр гурван дөрвөн таван зургаан долоон найман есөн арван арван_нэг арван_хоёр арван_гурван "
          "арван_дөрвөн арван_таван арван_зургаан арван_долоон арван_найман арван_есөн",
    "kk": "бір екі үш төрт бес алты жеті сегіз тоғыз он он_бір он_екі он_үш он_төрт он_бес он_алты он_жеті "
          "он_сегіз он_тоғыз",
    "ky": "бир эки үч төрт беш алты жети сегиз тогуз он он_бир он_эки он_үч он_төрт он_беш он_алты он_жети "
          "он_сегиз он_тогуз",
    "uz": "bir ikki uch to'rt besh olti yetti sakkiz to'qqiz o'n o'n_bir o'n_ikki o'n_uch o'n_to'rt o'n_besh "
          "o'n_olti o'n_yetti o'n_sakkiz o'n_to'qqiz",
    "ug": "بىر ئىككى ئۈچ تۆت بەش ئالتە يەتتە سەككىز توققۇز ئون ئون_بىر ئون_ئىككى ئون_ئۈچ ئون_تۆت ئون_بەش "
          "ئون_ئالتە ئون_يەتتە ئون_سەككىز ئون_توققۇز",
    # Tibetan in Wylie transliteration ("lo bdun", seven years)
    "bo-wylie": "gcig gnyis gsum bzhi lnga drug bdun brgyad dgu bcu bcu_gcig bcu_gnyis bcu_gsum bcu_bzhi bco_lnga "
                "bcu_drug bcu_bdun bco_brgyad bcu_dgu",
    "sw": "moja mbili tatu nne tano sita saba nane tisa kumi kumi_na_moja kumi_na_mbili kumi_na_tatu kumi_na_nne "
          "kumi_na_tano kumi_na_sita kumi_na_saba kumi_na_nane kumi_na_tisa",
    # Arabic as Sudanese and Levantine families write it in Latin letters ("talatashar sana", thirteen years)
    "ar-latin": "wahid itnen talata arba khamsa sitta saba tamanya tisa ashara hidashar itnashar talatashar "
                "arbatashar khamastashar sittashar sabatashar tamantashar tisatashar",
    # (forty-fifth session) Egyptian and Levantine Arabic as chat writes it, figures for the letters Latin lacks
    # ("tesa3 snin", nine years; "3ando tlatashar sana", he is thirteen)
    "ar-arabizi": "wa7ed etnein talata arba3a khamsa setta sab3a tamanya tes3a 3ashara 7edashar etnashar talatashar "
                  "arba3tashar khamastashar settashar sab3atashar tamantashar tes3atashar",
    "jv": "siji loro telu papat lima enem pitu wolu sanga sepuluh sewelas rolas telulas patbelas limalas nembelas "
          "pitulas wolulas sangalas",
    # (forty-fourth session) Basque, Irish (the form before "bliana"), Haitian Creole, Shona (the form before "makore")
    # and Afrikaans
    "eu": "bat bi hiru lau bost sei zazpi zortzi bederatzi hamar hamaika hamabi hamahiru hamalau hamabost hamasei "
          "hamazazpi hemezortzi hemeretzi",
    "ga": "aon dhá trí ceithre cúig sé seacht ocht naoi deich aon dhá trí ceithre cúig sé seacht ocht naoi",
    "ht": "en de twa kat senk sis sèt uit nèf dis onz douz trèz katòz kenz sèz disèt dizuit diznèf",
    "ht-fused": "inan dezan twazan katran senkan sizan sètan uitan nevan dizan onzan douzan trèzan katòzan kenzan "
                "sèzan disètan dizuitan diznevan",
    "sn": "rimwe maviri matatu mana mashanu matanhatu manomwe masere mapfumbamwe gumi",
    "af": "een twee drie vier vyf ses sewe agt nege tien elf twaalf dertien veertien vyftien sestien sewentien agtien "
          "negentien",
}
# other forms the languages use beside num2words' own (Czech "dva/dvě", Slovak "dva/dve", Croatian "dvije")
_ALSO = {("cs", 2): "dvě", ("sk", 2): "dve", ("sr", 2): "dvije", ("sk", 4): "štyri", ("hi", 5): "पांच", ("hi", 6): "छः",
         ("hi", 15): "पन्द्रह", ("bn", 14): "চোদ্দ", ("bn", 15): "পনেরো", ("bn", 16): "ষোলো", ("bn", 17): "সতেরো",
         ("ta", 1): "ஒரு", ("ko", 20): "스무",
         # Mongolian's plain forms beside the attributive ones, and how Swedish, Danish and Norwegian also write them
         ("mn", 3): "гурав", ("mn", 4): "дөрөв", ("mn", 5): "тав", ("mn", 6): "зургаа", ("mn", 7): "долоо",
         ("mn", 8): "найм", ("mn", 9): "ес", ("mn", 10): "арав", ("sv", 1): "en", ("da", 1): "en", ("no", 1): "ett",
         ("sv", 7): "sju", ("sv", 18): "arton", ("no", 18): "atten", ("da", 18): "atten", ("is", 1): "eins",
         ("is", 2): "tveggja", ("is", 3): "þriggja", ("is", 4): "fjögurra", ("id", 11): "sebelas",
         # Welsh after "yn" (soft mutation: "yn ddeg oed") and its other teens; Haitian without accents; Irish without
         # its accents
         ("cy", 2): "ddau", ("cy", 3): "dri", ("cy", 4): "bedwar", ("cy", 5): "bump", ("cy", 10): "ddeg",
         ("cy", 12): "ddeuddeg", ("cy", 15): "bymtheg", ("cy", 18): "ddeunaw", ("ht", 7): "set", ("ht", 9): "nef",
         ("ht", 13): "trez", ("ht", 14): "katoz", ("ht", 16): "sez", ("ht", 17): "diset", ("ga", 2): "dha",
         ("ga", 3): "tri", ("ga", 5): "cuig", ("ga", 6): "se", ("ht-fused", 7): "setan", ("ht-fused", 14): "katozan",
         ("es", 16): "dieciseis", ("es", 1): "un",
         ("ar-arabizi", 2): "itnein", ("ar-arabizi", 3): "tlata", ("ar-arabizi", 4): "arba3", ("ar-arabizi", 6): "sitta",
         ("ar-arabizi", 7): "saba3", ("ar-arabizi", 9): "tesa3", ("ar-arabizi", 10): "3ashra",
         ("ar-arabizi", 11): "7dashar", ("ar-arabizi", 12): "itnashar", ("ar-arabizi", 13): "tlatashar",
         ("ar-arabizi", 16): "sittashar", ("ar-arabizi", 19): "tis3atashar"}


def main() -> None:
    rows: list[tuple[str, int, str]] = []
    for lang in _FROM_NUM2WORDS:
        for n in range(1, 20):
            rows.append((lang, n, num2words(n, lang=lang)))
    for lang, text in _TYPED.items():
        for n, word in enumerate(text.split(), start=1):
            rows.append((lang, n, word.replace("_", " ")))
    rows += [(lang, n, word) for (lang, n), word in _ALSO.items()]
    # (forty-fifth session) Albanian as chat writes it, without its ë: "dymbedhjete" and "dymbdhjet" (twelve)
    rows += [("sq", n, form) for lang, n, word in list(rows) if lang == "sq" and "ë" in word
             for form in (word.replace("ë", "e"), word.replace("ë", "")) if len(form) >= 4]
    rows = list(dict.fromkeys(rows))
    head = ("# Number words one to nineteen (generated by scripts/data/build_world_numbers.py from num2words, and typed\n"
            "# there for the languages num2words lacks and Lithuanian's collective numerals)\n")
    OUT.write_text(head + "".join(f"{lang}\t{n}\t{word}\n" for lang, n, word in rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} words")


if __name__ == "__main__":
    main()
