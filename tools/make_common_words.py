#!/usr/bin/env python3
"""Writes detectors/data/common_words.txt and known_words.txt.

common_words.txt: words so common in lowercase that, capitalised at a sentence start
("Betal", "Leveringen"), they are almost never names. Counted on the NorNE train splits in
../shared/corpora/norne (bokmål and nynorsk): a word qualifies when it is written in lowercase
at least MIN_LOWER times and lies inside a person-name span in under 2% of its uses; so does
every lowercase word of SCOWL's American English list (Debian wamerican). Words in the name
lists (detectors/data/*_names.txt) never qualify: "Berg", "Dal", "Per", "Rose" stay names.

known_words.txt: the other NorNE words written in lowercase (one or two times), on the same
terms. With the common words they are what detectors/word_forms.h builds inflected forms and
compounds from ("hukommelse-n", "sporing-s-nummer").

Run from the repository root (needs wamerican: apt-get install wamerican); the outputs are
committed, so the build never needs ../shared. With --check, writes nothing and fails if
they are out of date (the lexicons' terms are common words: a change to them needs a run);
exits 77 when NorNE or the word list is missing."""

import collections
import json
import pathlib
import re
import sys

NORNE = pathlib.Path("../shared/corpora/norne")
OUT = pathlib.Path("detectors/data/common_words.txt")
KNOWN_OUT = pathlib.Path("detectors/data/known_words.txt")
ENGLISH_WORDS = pathlib.Path("/usr/share/dict/american-english")
LEXICONS = pathlib.Path("detectors/data/special")
# The lexicon files of terms (the others hold cues and word lists).
TERM_FILES = ["biometric", "criminal", "ethnicity", "genetic", "health", "health_icd10",
              "politics", "politics_parties", "religion", "sexuality", "trade_union"]
# Markers a term's line may open with that leave its case free (detectors/data/special/README.md).
TERM_MARKERS = "=*~?+%"
LEXICON_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
NAMES = [pathlib.Path("detectors/data/first_names.txt"), pathlib.Path("detectors/data/last_names.txt")]
MIN_LOWER = 3
# Names of the lists that are everyday Norwegian words first: kept common, so that "Lei av å
# vente" and "Dom i saken" open no name (the Chinese given name Lei and the short Dom came
# with the name lists' growth; NorNE dev precision fell 0.9268 -> 0.9251 without this).
WORDS_BEFORE_NAMES = {"lei", "dom"}
WORD = re.compile(r"\w+(?:[-'’]\w+)*")

# Frequent English words, which NorNE lacks: function words, and the verbs, adjectives,
# nouns, months and weekdays that open sentences in English chat ("Love this", "Hope you").
ENGLISH = """a about actually after again ago all also always am amazing an and another any
anyone anything anyway are around as ask at awesome away back bad be beautiful because been
before being best better big both brilliant but buy by call came can cannot cause check come
coming could day days did do does done dont down each easy else enjoy especially even ever
every everyone everything excellent fantastic few find fine first for found free friday from
fun funny get getting give glad go going gone good got great had happy hard has have having
he hello help her here hey hi him his hope how however i if im in into is it its just keep
kind know last least left let like little lol look looking lot love lovely made make many
may maybe me mean monday more most much must my need never new next nice no none not nothing
now of off oh ok okay old omg on once one only or other our out over perfect please pretty
quite read ready really right said same saturday say see seems send should since so some
someone something sometimes soon sorry still stop sunday super sure take tell thank thanks
that the their them then there these they thing things think this those though thursday
time to today together tomorrow too try tuesday two under until up us use very wait want
was watch way we wednesday week weird well went were what when where which while who why
will wish with without wonderful work would wow yeah year yes yesterday yet you your
january february march may june july september october november december mondays tuesdays
wednesdays thursdays fridays saturdays sundays weekends""".split()

# Chat words that news text lacks: greetings, sign-offs, answers, customer-service imperatives,
# kin called by what they are ("Onkel var medlem i ..."),
# and the Nordic words for identity and account numbers that open sentences in chat
# ("Henkilötunnus: ...", "Mit CPR-nummer er ...").
CHAT = """hei hallo heisann morn takk tusen mvh hilsen helsing ok okei ja nei jepp nope
ring send betal bestill kontakt sjekk husk les svar hjelp klikk trykk logg velg fyll
legg skriv vent prøv oppgi
id kid personnummer personnummeret personnumret fødselsnummer fødselsnummeret fødselsnr
cpr cpr-nummer cpr-nummeret henkilötunnus henkilötunnukseni hetu kontonummer kontonummeret
kundenummer ordrenummer faktura fakturaen refusjon refund mit jag minun
chatbot chatboten
onkel onkler onklene
vegetar vegetarianer pescetarian pescatarian pescetarianer flexitarian fleksitarianer
brie camembert gouda halloumi mozzarella
asap pls plz thx tysm np btw idk imo fyi tbh mtp evt ift pga iom fbm tlf mms stk""".split()

# Frequent Swedish, Danish and Finnish chat words, which neither NorNE nor SCOWL holds:
# function words, greetings, apologies, verbs as chat uses them (imperatives that open a
# message: "Sväng", "Kør"), and shop nouns ("Desværre, pakken ...", "Undskyld forsinkelsen",
# "Osoitteeni on ..." gave names). Written for sladd (round 449, twenty-seventh session).
SWEDISH_DANISH = """hej hejsan tjena tack tackar snälla ursäkta förlåt tyvärr hälsningar vänliga
jag du han hon vi ni de dem det den detta denna dessa min mitt mina din ditt dina vår vårt
våra er ert era sin sitt sina och eller men att som om när var vart hur vad vem vilken
vilket vilka varför eftersom därför också bara redan fortfarande aldrig alltid ofta kanske
inte ingen inget inga något någon några mycket lite mer mest många alla allt här där
nu då sedan idag imorgon igår ikväll snart sen senare tidigt gärna bra dålig dåligt fel
rätt stor liten ny nya gammal är blir blev har hade kan kunde ska skulle vill ville måste
får fick gör gjorde går gick kommer kom ser såg säger tar tog ger gav vet visste tror
tycker behöver finns fanns skicka ring betala beställ kontakta kolla hjälp svara vänta
skriv sväng kör gå ta ge se titta läs öppna stäng logga klicka välj fyll ange beställning
beställningen paket paketet leverans leveransen fakturan kund kunden kontot kortet priset
vecka veckan på till från med för av under över efter före utan mellan hos mot vid genom
okej visst absolut självklart precis exakt verkligen faktiskt egentligen
hejsa mange venlig undskyld desværre jeg hun dette disse mit mine dit dine vores jeres
sit sine hvis hvor hvordan hvad hvem hvilken hvorfor fordi derfor også allerede stadig
altid måske ikke intet noget nogen nogle meget lidt mere mange alle alt hele så siden
gerne godt dårligt forkert rigtigt lille nye bliver havde kunne skal skulle vil ville må
gør går gik siger sagde tager giver ved vidste synes behøver findes send betal bestil
kontakt tjek hjælp svar vent drej kør tag giv kig åbn luk klik vælg udfyld angiv
bestilling bestillingen pakke pakken levering leveringen fakturaen kontoen prisen uge
ugen fra før uden mellem mod gennem fedt nemlig selvfølgelig selvklart nej
moi moikka kiitos kiitti terveisin ystävällisin hyvää päivää huomenta iltaa anteeksi
valitettavasti osoite osoitteeni puhelin puhelinnumero puhelinnumeroni sähköposti
sähköpostini tilaus tilaukseni paketti lasku laskun asiakas asiakasnumero minä sinä hän
me te he minun sinun on ei kyllä voi voisitteko haluan haluaisin tarvitsen milloin miksi
missä mitä kuka onko olen olet oli ja tai mutta että kun jos nyt tänään huomenna eilen""".split()

HEADER = """# Common words for the PERSON detector: capitalised at a sentence start they are almost
# never names, so the tagger does not score them ("Betal med KID", "Leveringen kom").
# Sources: word counts on the NorNE train splits (github.com/ltgoslo/norne, annotations CC0;
# only the counts are used, no text), words written in lowercase at least 3 times and inside a
# person name under 2% of the time; the lowercase words of SCOWL's American English list
# (Debian wamerican; Copyright 2000-2011 Kevin Atkinson, permission to use, copy, modify,
# distribute and sell granted provided this notice appears); English function words and chat
# words; frequent Swedish, Danish and Finnish chat words, written for sladd; the one-word terms
# of the special-category lexicons (detectors/data/special, whose headers name their sources);
# less every name in first_names.txt and last_names.txt.
# Made by tools/make_common_words.py; one word a line.
"""

KNOWN_HEADER = """# Known words for the PERSON detector: the other words written in lowercase in the NorNE
# train splits (github.com/ltgoslo/norne, annotations CC0; only the counts are used, no text),
# once or twice and inside a person name under 2% of the time, less every name in
# first_names.txt and last_names.txt. With common_words.txt, the stems and compound parts that
# detectors/word_forms.h recognises ordinary words by ("Hukommelsen", "Sporingsnummer").
# Made by tools/make_common_words.py; one word a line.
"""


def english_words(names):
    """The lowercase entries of SCOWL's American English list, less names and possessives.
    Words the list also holds capitalised ("bush", "grace") stay in: leaving them out was
    worse on NorNE and WNUT dev (recall 0.900 -> 0.876 and 0.521 -> 0.492)."""
    words = set()
    for line in ENGLISH_WORDS.read_text(encoding="utf-8").splitlines():
        if line and line == line.lower() and "'" not in line and line not in names:
            words.add(line)
    return words


def lexicon_words(names):
    """The special-category terms of one word ("astma", "metformin", "shabbat"): the lexicon
    knows them, so the tagger is not to take one for a name by its shape where it opens a
    sentence ("Noe vi bør vite? Astma og ..." was a name, and the message lost its category).
    Not a term written in its case (`^`), and not one the name lists hold ("christian",
    "kristen", "parkinson" stay names)."""
    words = set()
    for name in TERM_FILES:
        for line in (LEXICONS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            term = line.lstrip(TERM_MARKERS)
            if line.startswith("#") or "^" in line[: len(line) - len(term) + 1]:
                continue
            if LEXICON_WORD.fullmatch(term) and term == term.lower():
                words.add(term)
    return words - names


def main():
    check = "--check" in sys.argv[1:]
    if not NORNE.exists() or not ENGLISH_WORDS.exists():
        print("make_common_words: skipped, ../shared/corpora/norne or the word list "
              "(apt-get install wamerican) is absent")
        return 77 if check else 1
    names = set()
    for path in NAMES:
        for line in path.read_text().splitlines():
            if line and not line.startswith("#"):
                names.add(line.casefold())
    names -= WORDS_BEFORE_NAMES
    lower = collections.Counter()
    in_name = collections.Counter()
    total = collections.Counter()
    for path in sorted(NORNE.glob("norne_*_train.jsonl")):
        for line in path.read_text().splitlines():
            record = json.loads(line)
            data = record["text"].encode()
            spans = [(s["start"], s["end"]) for s in record["spans"] if s["label"] == "PER"]
            for match in WORD.finditer(record["text"]):
                word = match.group(0)
                start = len(record["text"][: match.start()].encode())
                folded = word.casefold()
                total[folded] += 1
                if word == folded:
                    lower[folded] += 1
                if any(a <= start < b for a, b in spans):
                    in_name[folded] += 1
    def qualifies(w, minimum):
        return (lower[w] >= minimum and in_name[w] < 0.02 * total[w] and w not in names
                and not w.isdigit())

    common = {w for w in lower if qualifies(w, MIN_LOWER)}
    common |= (set(ENGLISH) | set(CHAT) | set(SWEDISH_DANISH)) - names
    common |= {w for w in english_words(names) if in_name[w] < 0.02 * max(total[w], 1)}
    common |= lexicon_words(names)
    known = {w for w in lower if qualifies(w, 1)} - common
    outputs = {OUT: HEADER + "\n".join(sorted(common)) + "\n",
               KNOWN_OUT: KNOWN_HEADER + "\n".join(sorted(known)) + "\n"}
    for path, text in outputs.items():
        if not check:
            path.write_text(text)
        elif not path.exists() or path.read_text() != text:
            print(f"make_common_words: {path} is out of date: run tools/make_common_words.py")
            return 1
    if not check:
        print(f"{OUT}: {len(common)} words; {KNOWN_OUT}: {len(known)} words")
    return 0

if __name__ == "__main__":
    sys.exit(main())
