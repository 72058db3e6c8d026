#!/usr/bin/env python3
"""Writes detectors/data/first_names.txt and last_names.txt from ../shared/lexicons/names.

One name a line, as written (capitalised). Run from the repository root; the output is
committed, so the build never needs ../shared."""

import json
import pathlib

SHARED = pathlib.Path("../shared/lexicons/names")
OUT = pathlib.Path("detectors/data")

HEADER = """# {what} for the PERSON detector's "in the name list" features.
# Source: ../shared/lexicons/names (norwegian_names_union.json, names_by_source.json):
# top lists for Norway, Sweden, Denmark, Finland, Britain and the US from Python Faker (MIT),
# faker-js (MIT) and full-name-generator, drawing on Statistics Norway (NLOD 2.0), SCB, DST
# and DVV (CC BY 4.0), ONS (OGL v3) and the US SSA (public domain).{extra}
# Made by tools/make_name_lexicons.py; one name a line.
"""


# Surnames the top lists lack that Norwegian chat and forms write most: "Nordmann" is the
# surname of the placeholder names (Ola and Kari Nordmann, as John Doe in English).
EXTRA_LAST_NAMES = ["Nordmann"]

# North Sami first names in their Sami spelling, which the top lists lack (they hold the
# Norwegian forms: Anders, Aslak, Margit, Nils): "Takk for hjelpen, Ánde!", "Niillas har
# mistet bankkortet". Written for sladd from general knowledge of the names in use; not
# "Elle", also a magazine NorNE names often ("redaktør for Elle").
EXTRA_FIRST_NAMES = [
    "Ánde", "Ánne", "Ánte", "Áslat", "Biret", "Gáddjá", "Heaika", "Issát", "Iŋgá",
    "Jovnna", "Jovsset", "Lemet", "Máhtte", "Máijá", "Máret", "Mihkkal", "Niillas", "Ovllá",
    "Piera", "Ráhkel", "Risten", "Sárá", "Sunná"]

# Norwegian first names of older and rural use that the top lists lack ("Oddveig",
# "Torgeir", "Aslaug"; NorNE train writes several of them as PER): written for sladd from
# general knowledge of the names in use.
NORWEGIAN_FIRST_NAMES = [
    "Arnfinn", "Aslaug", "Bjørnar", "Borghild", "Embla", "Gudmund", "Gunnhild", "Halldis",
    "Halvard", "Jostein", "Kjellaug", "Leiv", "Oddbjørg", "Oddmund", "Oddveig", "Sigrun",
    "Sveinung", "Torbjørg", "Torgeir", "Tormod", "Vebjørn", "Ådne", "Åshild", "Åsta",
    # and more of them (twenty-first session, 2026-12-04, round 422: "kan du be halvor ringe
    # meg?", "takk for hjelpa oddny!" named no one; Ingvild, Reidar and Trygve were missing)
    "Arnstein", "Asle", "Aslak", "Audun", "Bergljot", "Borgny", "Brynjar", "Eilif", "Eldbjørg",
    "Gaute", "Gjertrud", "Gunnvor", "Hallvard", "Halvor", "Idar", "Ingebjørg", "Ingolf",
    "Ingvild", "Jarle", "Jørund", "Kjellfrid", "Kolbjørn", "Leidulv", "Magnhild", "Njål",
    "Oddny", "Oddvar", "Olaug", "Ottar", "Reidar", "Rolv", "Sigbjørn", "Sigvald", "Ståle",
    "Tarjei", "Torleif", "Torstein", "Torunn", "Trygve", "Vigdis", "Åsmund", "Ørjan"]

# First names and surnames common among Norway's largest groups of immigrant origin
# (Polish, Lithuanian, Latvian, Ukrainian and Russian, Romanian, Bosnian, Serbian and
# Kosovar, Turkish and Kurdish, Syrian and Iraqi, Somali, Eritrean and Ethiopian, Afghan and
# Iranian, Pakistani, Indian and Tamil, Vietnamese, Thai, Filipino), which the Nordic, British
# and American top lists lack: "Spør etter Lejla", "Send kvitteringen til Jurgita". Written
# for sladd from general knowledge of the names in use; names that are also English or
# Norwegian words ("Can", "Long", "Hung", "Said", "Nok", "Hai") are left out.
IMMIGRANT_FIRST_NAMES = [
    "Aamir", "Aarav", "Abdiaziz", "Abdifatah", "Abdikadir", "Abdiwali", "Abebe", "Abirami",
    "Adeel", "Admir", "Ahmet", "Ajla", "Aleksandr", "Alexei", "Almaz", "Amandeep",
    "Amanuel", "Amit", "Ammar", "Amra", "Ananya", "Anastasiia", "Andreea", "Andrei",
    "Andrii", "Andris", "Andrius", "Andriy", "Aneta", "Anh", "Anil", "Anila", "Ankit",
    "Anum", "Anushan", "Anwar", "Arash", "Arben", "Arif", "Armin", "Arta", "Arun", "Arunas",
    "Asif", "Asma", "Aster", "Atif", "Audrius", "Ausra", "Aušra", "Ayaan", "Ayan", "Ayesha",
    "Ayse", "Aysha", "Ayşe", "Azad", "Azra", "Babak", "Bahar", "Bartosz", "Bashir", "Belma",
    "Bereket", "Berhane", "Berivan", "Besnik", "Bilal", "Biniam", "Blerim", "Blerta",
    "Bogdan", "Bohdan", "Bożena", "Burak", "Büşra", "Cem", "Daiva", "Daria", "Dariush",
    "Dariusz", "Dawid", "Dawit", "Deepa", "Deeqa", "Dejan", "Derya", "Dilan", "Dilshad",
    "Divya", "Dmitri", "Dmitry", "Dmytro", "Donika", "Dorota", "Dovile", "Dragan",
    "Dragana", "Drita", "Driton", "Dženana", "Edin", "Edina", "Edita", "Edyta", "Efrem",
    "Egle", "Eglė", "Ekaterina", "Elif", "Elvir", "Emina", "Emine", "Emir", "Emre", "Esra",
    "Fadumo", "Fahad", "Faisal", "Faraz", "Fardowsa", "Farhad", "Farid", "Farida",
    "Farshid", "Farzana", "Fatemeh", "Fatma", "Fatmir", "Feven", "Filmon", "Firas",
    "Fjolla", "Florentina", "Florin", "Freweini", "Getachew", "Gheorghe", "Ghirmay",
    "Giedrius", "Giedrė", "Goran", "Grażyna", "Grzegorz", "Guled", "Gurpreet", "Habib",
    "Habtamu", "Habtom", "Hadi", "Hafsa", "Haider", "Haile", "Hakan", "Halima", "Halina",
    "Halyna", "Hamdi", "Hamida", "Hamse", "Hanh", "Haris", "Harpreet", "Hatice", "Hawa",
    "Hawre", "Hevin", "Hiba", "Hibo", "Hieu", "Hina", "Hira", "Hiwet", "Hodan", "Hossein",
    "Huda", "Huong", "Huy", "Idris", "Ieva", "Ifrah", "Igor", "Ilhan", "Ilir", "Ilze",
    "Iman", "Imran", "Inese", "Ioana", "Ionut", "Iqra", "Irina", "Iryna", "Istar", "Ivana",
    "Iwona", "Jadwiga", "Jakub", "Jama", "Janani", "Jasmina", "Jaspreet", "Javad", "Jawad",
    "Jelena", "Jenalyn", "Jolanta", "Jomar", "Jurgita", "Justyna", "Jānis", "Kacper",
    "Kajan", "Kamal", "Kamil", "Kamila", "Kamran", "Kanokwan", "Kanya", "Karthik", "Karwan",
    "Kateryna", "Kaveh", "Kavitha", "Kawa", "Keerthana", "Kemal", "Kenan", "Kestutis",
    "Khadar", "Khadija", "Khanh", "Khoa", "Khrystyna", "Kibrom", "Kidane", "Kiros",
    "Kirushanth", "Kowsalya", "Krishna", "Kuldeep", "Kęstutis", "Ladan", "Lakshmi", "Lejla",
    "Liban", "Linas", "Linh", "Liridona", "Liudmyla", "Ludmila", "Lukasz", "Luwam",
    "Luxshan", "Mahad", "Maham", "Mahnoor", "Mahsa", "Majid", "Maksym", "Malee", "Manpreet",
    "Mantas", "Maricel", "Mariia", "Mariola", "Maris", "Marites", "Mariusz", "Marwan",
    "Marzia", "Masoud", "Masoumeh", "Mateusz", "Mathusan", "Małgorzata", "Mebrat", "Meena",
    "Mehari", "Mehdi", "Mehrdad", "Mehwish", "Merhawi", "Merima", "Meron", "Merve",
    "Michał", "Mihaela", "Mihai", "Milica", "Mindaugas", "Minh", "Miroslav", "Mirwais",
    "Mirza", "Mohamud", "Mohsen", "Morteza", "Moustafa", "Muhammed", "Mukhtar", "Mulugeta",
    "Muna", "Murat", "Mursal", "Mustafe", "Mykola", "Māris", "Nabeel", "Nabil", "Nader",
    "Nadiya", "Najib", "Najma", "Nareen", "Naser", "Nasim", "Nasra", "Nasrin", "Nasser",
    "Nataliia", "Natnael", "Nattapong", "Navdeep", "Naveed", "Neda", "Neringa", "Nermin",
    "Ngan", "Ngoc", "Nhung", "Nikhil", "Niloufar", "Nimco", "Nimo", "Niroshan", "Nirujan",
    "Nisha", "Noor", "Nosheen", "Noura", "Oksana", "Oleg", "Oleksandr", "Oleksii", "Olena",
    "Olha", "Omid", "Onur", "Parisa", "Parviz", "Paulius", "Pavel", "Paweł", "Payam",
    "Phuc", "Phuong", "Pirashanth", "Polina", "Pooja", "Pradeep", "Prakash", "Priya",
    "Przemysław", "Qasim", "Quang", "Rabia", "Rafal", "Rafał", "Rahwa", "Rajesh",
    "Rajinder", "Ramesh", "Rami", "Ramin", "Rania", "Rasa", "Rasha", "Rashid", "Ravi",
    "Rebin", "Reem", "Renata", "Rezan", "Ridwan", "Rimantas", "Robel", "Rodel", "Rohit",
    "Rojda", "Roxana", "Roya", "Rozh", "Ruta", "Rūta", "Saba", "Sadia", "Saeed", "Safiya",
    "Sagal", "Sahar", "Sahra", "Saima", "Sajeevan", "Sajid", "Salah", "Samina", "Sana",
    "Sandeep", "Sanela", "Sanjay", "Saulius", "Sayed", "Sediqa", "Selam", "Semere",
    "Semhar", "Senad", "Senait", "Senay", "Sepideh", "Sergei", "Sergey", "Serhii", "Serkan",
    "Shabana", "Shabnam", "Shahid", "Shahram", "Shaima", "Shanthi", "Sharmila", "Shazia",
    "Sherzad", "Shilan", "Shirin", "Shoaib", "Shreya", "Shwan", "Siavash", "Sidra",
    "Simona", "Simran", "Sinthuja", "Siriporn", "Sivakumar", "Sneha", "Snežana", "Sohail",
    "Somchai", "Somporn", "Somsak", "Soraya", "Sumaya", "Sunil", "Sunita", "Supaporn",
    "Suresh", "Svetlana", "Sylwia", "Szymon", "Sławomir", "Tadas", "Tahmina", "Tanvir",
    "Taras", "Tarek", "Tariq", "Tatiana", "Tekle", "Tesfay", "Tesfaye", "Tetiana",
    "Tewodros", "Thanh", "Thanuja", "Thanushan", "Thao", "Tharsan", "Tharshan", "Tharsika",
    "Thivya", "Thusyanthan", "Thuvaraka", "Thuy", "Tien", "Tigist", "Trang", "Trinh",
    "Tsega", "Tsegay", "Tuan", "Ubah", "Urszula", "Usman", "Uzma", "Vaida", "Valon",
    "Varun", "Vasile", "Vasyl", "Vijay", "Vikram", "Viktoriia", "Vinh", "Vitalii",
    "Vithushan", "Vjosa", "Volkan", "Volodymyr", "Vytautas", "Wael", "Wahid", "Walid",
    "Wanida", "Waqas", "Wiktor", "Winta", "Wioletta", "Wojciech", "Yasin", "Yemane",
    "Yevhen", "Yohannes", "Yonas", "Yordanos", "Younes", "Youssef", "Yulia", "Yuliia",
    "Yuri", "Yuriy", "Zaid", "Zainab", "Zakaria", "Zana", "Zbigniew", "Zeeshan", "Zeinab",
    "Zeynep", "Ziad", "Zohra", "Zoran", "Zubair", "Zuzanna", "Łukasz", "Žygimantas"]
# Indian first names the list above lacked (twentieth session, 2026-12-04: "Please forward
# this to Siddharth" named no one), common among Norway's IT workers and in British chat:
# written for sladd from general knowledge of the names in use; not the short "Sai" and
# "Yash".
MORE_INDIAN_FIRST_NAMES = [
    "Abhishek", "Aditi", "Ajay", "Akshay", "Anand", "Anirudh", "Arvind", "Ashwin",
    "Deepika", "Gaurav", "Harsha", "Ishaan", "Kavya", "Kunal", "Manoj", "Meera", "Mohan",
    "Naveen", "Nitin", "Pallavi", "Pankaj", "Prateek", "Praveen", "Preeti", "Rajat",
    "Rakesh", "Ramya", "Ritu", "Rohan", "Sachin", "Saurabh", "Shubham", "Shweta",
    "Siddharth", "Srinivas", "Sudhir", "Sumit", "Swati", "Tejas", "Venkatesh", "Vishal",
    "Vivek"]

# Polish first names the list above lacked (twenty-first session, 2026-12-04: "Kan du gi
# beskjed til Wiktoria Zielińska?" named no one): Poles are Norway's largest group of
# immigrant origin. Written for sladd from general knowledge of the names in use.
MORE_POLISH_FIRST_NAMES = [
    "Agata", "Alicja", "Arkadiusz", "Bartłomiej", "Danuta", "Dominika", "Elżbieta",
    "Ewelina", "Izabela", "Janusz", "Jarosław", "Jerzy", "Kazimierz", "Kinga", "Klaudia",
    "Krystyna", "Leszek", "Maciej", "Marzena", "Milena", "Mirosław", "Oliwia", "Patrycja",
    "Radosław", "Ryszard", "Stanisław", "Tadeusz", "Weronika", "Wiesław", "Wiktoria",
    "Witold", "Zdzisław", "Zofia"]

# Chinese given names in pinyin that the lists lacked (twentieth session, 2026-12-04: "Your
# name? wei zhang"): written for sladd from general knowledge of the names in use; not
# those that are Norwegian or English words ("Bo", "Min", "Dan", "Ling", "Hong"), nor
# "Jun", the month ("Jun 17 21:50" in a file listing).
CHINESE_FIRST_NAMES = [
    "Fang", "Feng", "Hao", "Hui", "Jian", "Jie", "Jing", "Lei", "Mei", "Ming",
    "Qiang", "Wei", "Xiaoming", "Xin", "Ying", "Yun", "Zhen"]
# First names common in British and Irish chat that the ONS and US top lists lack: Irish
# and Welsh ones in their own spelling ("Please forward this to Siobhan", "Diolch, Cerys"),
# and those of Britain's largest groups of West African, South African, South Asian and
# Caribbean origin. Written for sladd from general knowledge of the names in use; names of
# three letters or fewer and names that are also words ("Sultana", "Ling") are left out.
BRITISH_IRISH_FIRST_NAMES = [
    "Adaeze", "Adebayo", "Aisling", "Akosua", "Abena", "Aoibhinn", "Aoife", "Ailbhe",
    "Ayodele", "Babajide", "Caoimhe", "Carys", "Cerys", "Chiamaka", "Chidi", "Chinedu",
    "Ciaran", "Ciarán", "Cillian", "Clodagh", "Colm", "Dafydd", "Darragh", "Deepak",
    "Deirdre", "Dervla", "Donal", "Eamon", "Efua", "Eimear", "Emeka", "Eoin", "Fergal",
    "Ffion", "Fiachra", "Fionn", "Folake", "Funmilayo", "Gethin", "Grainne", "Gráinne",
    "Iestyn", "Kayode", "Keisha", "Kiran", "Kofi", "Kojo", "Kwabena", "Kwaku", "Kwame",
    "Kwesi", "Lerato", "Mairead", "Máiréad", "Nasreen", "Ngozi", "Niamh", "Nkechi",
    "Nomvula", "Obinna", "Oisin", "Oisín", "Olumide", "Oluwaseun", "Owain", "Padraig",
    "Pádraig", "Priyanka", "Rajiv", "Roisin", "Róisín", "Ruairi", "Rukhsana", "Saoirse",
    "Shanice", "Sinead", "Sinéad", "Siobhan", "Siobhán", "Sioned", "Sipho", "Tadhg",
    "Tahir", "Temitope", "Thabo", "Thandiwe", "Tunde", "Yetunde", "Zanele", "Zaynab",
    # Scottish (round 557), and English names of the 1980s and 1990s (round 566: "hiya its
    # chantelle again")
    "Finlay", "Fraser", "Hamish", "Chantelle", "Chanelle", "Demi", "Jolene"]
# Short forms British and Irish chat signs and greets with ("cheers Kev", "sent from my
# iPhone, Rach"; round 331), which the top lists, of registered names, lack. Written for
# sladd; short forms that are common words ("Rob", "Ash", "Mo") or a programmer's
# placeholder ("Baz") are left out, and "Nic" (nicotine in chat: "nic pouches").
ENGLISH_SHORT_FORMS = [
    "Kev", "Rach", "Gaz", "Daz", "Shaz", "Tash", "Soph", "Steph", "Becs", "Bex", "Jen",
    "Liz", "Zach", "Abi", "Fran", "Jas", "Raj", "Kat", "Mags", "Debs", "Ange", "Bev",
    "Cath", "Jacqui", "Kez", "Loz", "Caz", "Dom", "Seb", "Jules",
    # and those of children at a club or a nursery (round 557: "Olly has asthma, his inhaler
    # is in the kit bag"); not "Tel", a telephone's abbreviation
    "Olly", "Izzy", "Tilly", "Jonty"]

# Somali, Eritrean, Afghan, Syrian and Kurdish first names the lists above lacked (a check
# of names of every origin, thirty-fifth session, 2026-12-06: "Ring Fatuma på 412 34 567"
# named no one): written for sladd from general knowledge of the names in use; not "Rama",
# also a brand, nor "Haben", a German verb in lowercase.
MORE_EAST_AFRICAN_AND_MIDDLE_EASTERN_FIRST_NAMES = [
    "Abdikarim", "Alaa", "Anisa", "Awet", "Baran", "Behrouz", "Dania", "Deqa", "Faduma",
    "Fatuma", "Filsan", "Ghaith", "Habiba", "Hibaaq", "Idil", "Khadra", "Kowsar",
    "Maryan", "Mebrahtu", "Merhawit", "Mulki", "Naima", "Nilofar", "Qamar", "Rahel", "Rawan",
    "Rojin", "Saida", "Shukri", "Tesfalem", "Wahida", "Zilan"]

IMMIGRANT_LAST_NAMES = [
    "Aslam", "Begić", "Bondarenko", "Chaudhry", "Delić", "Demir", "Gebremedhin", "Hadžić",
    "Haile", "Hasanović", "Hoang", "Hodžić", "Ionescu", "Ivanov", "Jama", "Jankauskas",
    "Javed", "Kamiński", "Karimi", "Kaya", "Kazemi", "Kazlauskas", "Kovalenko", "Kowalczyk",
    "Kowalski", "Kumar", "Lewandowski", "Malik", "Mehmedović", "Mirza", "Nowak",
    "Petrauskas", "Petrov", "Popescu", "Qureshi", "Rahimi", "Raza", "Rezaei", "Sharma",
    "Shevchenko", "Smirnov", "Stankevičius", "Tekle", "Tesfay", "Tesfaye", "Vasiliauskas",
    "Warsame", "Wiśniewski", "Wójcik", "Yilmaz", "Yılmaz", "Zieliński", "Çelik", "Öztürk",
    "Şahin"]


def main():
    union = json.loads((SHARED / "norwegian_names_union.json").read_text())
    by_source = json.loads((SHARED / "names_by_source.json").read_text())
    first = {entry["name"] for entry in union["first_names"]}
    last = {entry["name"] for entry in union["last_names"]}
    for lists in by_source.values():
        for key, names in lists.items():
            if not isinstance(names, list) or key.endswith("weights"):
                continue
            target = last if key.startswith("last") else first if key.startswith("first") else None
            if target is not None:
                target.update(n.strip() for n in names if isinstance(n, str) and n.strip())
    last.update(EXTRA_LAST_NAMES + IMMIGRANT_LAST_NAMES)
    first.update(EXTRA_FIRST_NAMES + NORWEGIAN_FIRST_NAMES + IMMIGRANT_FIRST_NAMES +
                 MORE_INDIAN_FIRST_NAMES + MORE_POLISH_FIRST_NAMES +
                 MORE_EAST_AFRICAN_AND_MIDDLE_EASTERN_FIRST_NAMES + CHINESE_FIRST_NAMES +
                 BRITISH_IRISH_FIRST_NAMES +
                 ENGLISH_SHORT_FORMS)
    immigrant = ("\n# Also names common among Norway's groups of immigrant origin (Lejla, Jurgita,"
                 "\n# Tesfay), written for sladd.")
    placeholder = "\n# Also the placeholder surname Nordmann (Ola and Kari Nordmann)." + immigrant
    sami = ("\n# Also North Sami first names in Sami spelling (Ánte, Máret, Niillas), written for"
            "\n# sladd.\n# Also older Norwegian first names the top lists lack (Oddveig, Torgeir),"
            "\n# written for sladd." + immigrant +
            "\n# Also Irish, Welsh, West African and other first names common in British chat"
            "\n# (Siobhan, Cerys, Chidi), and the short forms it signs with (Kev, Rach, Steph),"
            "\n# written for sladd.")
    for name, names, what, extra in (("first_names.txt", first, "First names", sami),
                                     ("last_names.txt", last, "Last names", placeholder)):
        text = HEADER.format(what=what, extra=extra) + "\n".join(sorted(names)) + "\n"
        (OUT / name).write_text(text, encoding="utf-8")
        print(name, len(names))


if __name__ == "__main__":
    main()
