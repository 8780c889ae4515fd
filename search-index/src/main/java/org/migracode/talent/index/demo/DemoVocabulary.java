package org.migracode.talent.index.demo;

import java.util.List;

/**
 * Word lists for the demo data: invented names drawn from many naming traditions (combined at
 * random, so no real person is described), Barcelona-area places, company name parts, and the
 * skill ids of the curriculum and its common extras (ids of the matcher-core taxonomy).
 */
final class DemoVocabulary {

    private DemoVocabulary() {
    }

    static final List<String> FIRST_NAMES = List.of(
            "Amina", "Omar", "Fatima", "Youssef", "Layla", "Karim", "Nour", "Hassan", "Mariam", "Samir",
            "Ayesha", "Bilal", "Zainab", "Imran", "Sana", "Tariq", "Farida", "Rashid", "Nadia", "Kamal",
            "Tasnim", "Rafiq", "Anika", "Shakil", "Mitu", "Arif", "Oksana", "Taras", "Olena", "Dmytro",
            "Iryna", "Andriy", "Valentina", "Mateo", "Camila", "Santiago", "Lucía", "Diego", "Gabriela",
            "Andrés", "Daniela", "Luis", "Aminata", "Moussa", "Awa", "Ibrahima", "Fatou", "Mamadou",
            "Kofi", "Abena", "Chinedu", "Ngozi", "Tesfaye", "Selam", "Yonas", "Hiwot", "Dawit", "Meron",
            "Reza", "Shirin", "Dariush", "Leila", "Parisa", "Ahmad", "Zahra", "Mohammad", "Hamid", "Soraya",
            "Ana", "Joana", "Pau", "Laia", "Marc", "Núria", "Jordi", "Aina", "Arnau", "Martina",
            "Wei", "Mei", "Jun", "Lin", "Ravi", "Priya", "Arjun", "Deepa", "Sunita", "Vikram",
            "Yusuf", "Elif", "Emre", "Zeynep", "Giorgi", "Nino", "Artur", "Ani", "Sipho", "Thandiwe");

    static final List<String> LAST_NAMES = List.of(
            "Haddad", "Mansour", "Khalil", "Nasser", "Saleh", "Darwish", "Aziz", "Hamdan", "Qureshi", "Malik",
            "Chaudhry", "Siddiqui", "Rahman", "Hossain", "Akter", "Islam", "Kovalenko", "Shevchenko", "Bondar",
            "Melnyk", "Tkachenko", "Rojas", "Herrera", "Castillo", "Morales", "Vargas", "Mendoza", "Quispe",
            "Gutiérrez", "Pérez", "Diallo", "Traoré", "Ndiaye", "Camara", "Keita", "Mensah", "Okafor", "Adeyemi",
            "Bekele", "Tesfaye", "Haile", "Girma", "Ahmadi", "Hosseini", "Karimi", "Rahimi", "Moradi", "Jafari",
            "Puig", "Ferrer", "Soler", "Vidal", "Roca", "Serra", "Font", "Mas", "Chen", "Wang", "Liu", "Zhang",
            "Sharma", "Patel", "Singh", "Kumar", "Yılmaz", "Demir", "Kaya", "Beridze", "Kapanadze", "Petrosyan",
            "Hakobyan", "Dlamini", "Nkosi", "Mokoena", "Silva", "Santos", "Oliveira", "Costa", "Ionescu", "Popescu");

    static final List<String> CITIES = List.of(
            "Barcelona", "Barcelona", "Barcelona", "Barcelona", "Barcelona", "Barcelona",
            "L'Hospitalet de Llobregat", "Badalona", "Sabadell", "Terrassa", "Mataró", "Sant Cugat del Vallès",
            "Cornellà de Llobregat", "Santa Coloma de Gramenet", "Granollers", "Sant Boi de Llobregat");

    static final List<String> COMPANY_FIRST = List.of(
            "Blau", "Mar", "Gaudí", "Poblenou", "Sants", "Raval", "Delta", "Nexe", "Pixel", "Xarxa",
            "Brisa", "Tramuntana", "Montjuïc", "Sol", "Llum", "Faro", "Onda", "Ruta", "Vela", "Mosaic");

    static final List<String> COMPANY_SECOND = List.of(
            "Labs", "Tech", "Digital", "Studio", "Software", "Data", "Systems", "Works", "Cloud", "Apps");

    static final List<String> SECTORS = List.of(
            "hotel booking tools", "online grocery delivery", "logistics for small shops", "health appointment apps",
            "e-learning for adults", "tools for NGOs", "fintech for freelancers", "tourism experiences",
            "renewable energy monitoring", "sports club management", "recruitment software", "public transport data",
            "second-hand marketplaces", "restaurant ordering", "legal paperwork automation");

    /** The curriculum every cohort is taught. */
    static final List<String> CORE_MODULES = List.of("html", "css", "javascript", "git", "nodejs", "express", "react", "sql", "postgresql");

    /** Native or home languages (ISO 639-1) besides Spanish, Catalan and English. */
    static final List<String> HOME_LANGUAGES = List.of(
            "ar", "ar", "ar", "ur", "bn", "fr", "fr", "uk", "ru", "fa", "pt", "am", "ti", "wo", "tr", "ka", "hy", "zh", "hi", "ro");
}
