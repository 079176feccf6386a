package org.givefirst.bench;

import org.givefirst.domain.member.Member;
import org.givefirst.domain.shared.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The words the community is made of: people's names, cities with their time zones, professions,
 * the skills used as tags, and the vocabulary of titles and descriptions (the ranking benchmark
 * draws its texts from the same skills and Zipf-distributed words).
 */
final class Vocabulary {

    static final List<String> FIRST_NAMES = split("Amélie,Kwame,Sofía,Jonas,Priya,Tomás,Fatima,Mateus,Hannah,Yuki,"
            + "Samuel,Aisha,Lars,Ingrid,Mei,Ravi,Chiara,Luca,Olga,Dmitri,Nadia,Omar,Elif,Mehmet,Zanele,Thabo,Chloé,"
            + "Marco,Ana,João,Camila,Diego,Lucía,Emma,Noah,Olivia,Liam,Sara,Ahmed,Layla,Kenji,Haruto,Soo-jin,Min-jun,"
            + "Ngozi,Chidi,Wanjiru,Amara,Kofi,Abena,Siobhán,Niamh,Seán,Magnus,Freya,Astrid,Björn,Paweł,Agnieszka,"
            + "Zofia,Tereza,Jakub,Petra,Miguel,Valentina,Mariana,Gabriel,Isabela,Rafael,Leila,Dariush,Shirin,Arjun,"
            + "Ananya,Rohan,Kavya,Imran,Zainab,Yara,Karim,Hana,Tarek,Eitan,Noa,Maya,Ethan,Grace,Daniel,Wei,Lin,Jia,"
            + "Hyun-woo,Ji-woo,Anh,Linh,Bao,Tuan,Malia,Aroha,Tane,Mathilde,Hugo,Léa,Inès,Jules,Greta,Felix,Lena,"
            + "Paul,Clara,Emil,Ida,Oskar,Elsa,Nikos,Eleni,Andrei,Ioana,Gökhan,Zeynep,Bongani,Lerato,Tendai");
    static final List<String> LAST_NAMES = split("Laurent,Mensah,Herrera,Becker,Raghavan,Ó Briain,El Idrissi,"
            + "Oliveira,Kowalski,Tanaka,Okafor,Haddad,Nielsen,Johansson,Wang,Sharma,Rossi,Bianchi,Petrova,Ivanov,"
            + "Hassan,Yılmaz,Demir,Dlamini,Nkosi,Dubois,Moreau,Silva,Santos,Costa,García,Fernández,López,Müller,"
            + "Schmidt,Andersen,Berg,Ahmed,Khan,Suzuki,Sato,Kim,Park,Lee,Nguyen,Tran,Pham,Adeyemi,Eze,Mwangi,Kamau,"
            + "Osei,Asante,Murphy,O'Connor,Walsh,Lindqvist,Nowak,Wiśniewska,Dvořák,Novák,Horvat,Ramos,Torres,Gómez,"
            + "Pereira,Alves,Rahimi,Karimi,Patel,Iyer,Nair,Reddy,Chowdhury,Malik,Farouk,Mansour,Cohen,Levi,"
            + "Friedman,Smith,Brown,Taylor,Wilson,Chen,Liu,Zhang,Huang,Choi,Jung,Le,Vo,Tupou,Ngata,Walker,Martin,"
            + "Bernard,Girard,Fischer,Weber,Wagner,Hoffmann,Jensen,Larsen,Hansen,Eriksson,Virtanen,Korhonen,"
            + "Papadopoulos,Georgiou,Popescu,Ionescu,Horváth,Kovács,Petrović,Moyo,Banda,Achebe");

    /** A place a member can live, and the time zone they read chat times in there. */
    record City(String name, String zone) {
    }

    static final List<City> CITIES = cities("Lyon, France=Europe/Paris;Berlin, Germany=Europe/Berlin;"
            + "Lisbon, Portugal=Europe/Lisbon;Nairobi, Kenya=Africa/Nairobi;Lagos, Nigeria=Africa/Lagos;"
            + "Bengaluru, India=Asia/Kolkata;São Paulo, Brazil=America/Sao_Paulo;Toronto, Canada=America/Toronto;"
            + "Accra, Ghana=Africa/Accra;Madrid, Spain=Europe/Madrid;Shanghai, China=Asia/Shanghai;"
            + "Dublin, Ireland=Europe/Dublin;Casablanca, Morocco=Africa/Casablanca;"
            + "Porto Alegre, Brazil=America/Sao_Paulo;Kraków, Poland=Europe/Warsaw;Osaka, Japan=Asia/Tokyo;"
            + "London, United Kingdom=Europe/London;New York, USA=America/New_York;"
            + "San Francisco, USA=America/Los_Angeles;Mexico City, Mexico=America/Mexico_City;"
            + "Buenos Aires, Argentina=America/Argentina/Buenos_Aires;Bogotá, Colombia=America/Bogota;"
            + "Cape Town, South Africa=Africa/Johannesburg;Cairo, Egypt=Africa/Cairo;Istanbul, Türkiye=Europe/Istanbul;"
            + "Stockholm, Sweden=Europe/Stockholm;Amsterdam, Netherlands=Europe/Amsterdam;Milan, Italy=Europe/Rome;"
            + "Athens, Greece=Europe/Athens;Helsinki, Finland=Europe/Helsinki;Tallinn, Estonia=Europe/Tallinn;"
            + "Singapore=Asia/Singapore;Jakarta, Indonesia=Asia/Jakarta;Seoul, South Korea=Asia/Seoul;"
            + "Tokyo, Japan=Asia/Tokyo;Sydney, Australia=Australia/Sydney;Auckland, New Zealand=Pacific/Auckland;"
            + "Ho Chi Minh City, Vietnam=Asia/Ho_Chi_Minh;Dubai, UAE=Asia/Dubai;Tel Aviv, Israel=Asia/Jerusalem;"
            + "Chicago, USA=America/Chicago;Montréal, Canada=America/Toronto;Vancouver, Canada=America/Vancouver;"
            + "Santiago, Chile=America/Santiago;Lima, Peru=America/Lima;Manila, Philippines=Asia/Manila;"
            + "Dhaka, Bangladesh=Asia/Dhaka;Kigali, Rwanda=Africa/Kigali;Bucharest, Romania=Europe/Bucharest;"
            + "Harare, Zimbabwe=Africa/Harare");

    static final List<String> ROLES = split("software engineer,backend engineer,frontend developer,data engineer,"
            + "data scientist,product manager,UX researcher,product designer,engineering manager,recruiter,"
            + "accountant,lawyer,nurse,teacher,consultant,business analyst,founder,marketing lead,sales director,"
            + "supply-chain lead,operations manager,journalist,translator,security engineer,site reliability engineer,"
            + "finance director,policy advisor,grant writer,customer success lead,technical writer,researcher,"
            + "project manager,HR business partner,copywriter,architect,pharmacist,community organiser");
    static final List<String> SENIORITIES = split("Senior,Staff,Lead,Principal,Junior,Freelance,Interim");
    static final List<String> PASTIMES = split("running,choir singing,bouldering,sourdough,chess,cycling to work,"
            + "gardening,birdwatching,open-water swimming,pottery,board games,volunteering at a food bank,"
            + "learning Portuguese,woodwork,photography,salsa,hiking with my kids,restoring old bikes");

    /** The tags of profiles, offers and requests; every one is a valid {@link Tag}. */
    static final List<String> SKILLS = tags("java,kotlin,python,go,rust,typescript,react,backend,frontend,devops,"
            + "kubernetes,aws,azure,gcp,data engineering,machine learning,statistics,sql,postgres,spark,security,"
            + "product management,ux research,design,accessibility,payments,banking,insurance,healthcare,biotech,"
            + "climate,energy,logistics,supply-chain,retail,e-commerce,marketing,seo,sales,recruiting,hiring,"
            + "career change,leadership,engineering management,startups,fundraising,finance,accounting,legal,"
            + "nonprofit,education,public sector,consulting,operations,customer success,support,writing,"
            + "communications,journalism,translation,lyon,berlin,lisbon,nairobi,lagos,bengaluru,são paulo,toronto");

    /**
     * The vocabulary of titles and descriptions, most frequent first; words are drawn with a Zipf
     * distribution (the n-th word about 1/n as often as the first), as in real text.
     */
    static final List<String> WORDS = split("experience,team,work,years,role,engineer,company,senior,projects,"
            + "reference,introduction,review,interview,practice,mentoring,advice,junior,lead,staff,startup,bank,"
            + "hospital,agency,platform,migration,architecture,portfolio,resume,negotiation,salary,promotion,"
            + "transition,network,conference,talk,paper,grant,investor,founder,manager,director,analyst,"
            + "developer,scientist,designer,researcher,consultant,teacher,nurse,doctor,lawyer,accountant,"
            + "editor,writer,translator,recruiter,coach,trainer,volunteer,board,treasurer,chair,committee,"
            + "customer,client,partner,supplier,vendor,market,product,service,feature,release,launch,roadmap,"
            + "strategy,budget,forecast,pricing,contract,compliance,audit,risk,privacy,quality,testing,"
            + "deployment,monitoring,incident,outage,scaling,performance,latency,database,pipeline,dashboard,"
            + "report,model,dataset,experiment,survey,interviewing,workshop,prototype,usability,onboarding,"
            + "retention,growth,revenue,funding,seed,series,valuation,pitch,deck,hiring,layoffs,remote,"
            + "relocation,visa,internship,apprenticeship,bootcamp,degree,certificate,course,thesis,phd,"
            + "publication,patent,open-source,community,meetup,speaking,blog,newsletter,podcast,portfolio-review,"
            + "cover-letter,linkedin,referral,headhunter,offer-letter,equity,benefits,parental,leave,"
            + "burnout,wellbeing,mentor,mentee,sponsor,ally,diversity,inclusion,accessibility-audit,regulation,"
            + "tender,procurement,warehouse,fleet,route,inventory,forecasting,factory,plant,lab,clinic,ward,"
            + "pharmacy,trial,grant-writing,fundraiser,donor,campaign,election,policy,ministry,council");

    private static final double[] ZIPF = zipf(WORDS.size());

    private Vocabulary() {
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A word of {@link #WORDS}, the frequent ones far more often than the rare ones. */
    static String word(RandomGenerator random) {
        int index = Arrays.binarySearch(ZIPF, random.nextDouble());
        return WORDS.get(Math.min(index >= 0 ? index : -index - 1, ZIPF.length - 1));
    }

    private static List<String> split(String values) {
        return List.of(values.split(","));
    }

    private static List<String> tags(String values) {
        return split(values).stream().map(value -> Tag.of(value).value()).toList();
    }

    private static List<City> cities(String values) {
        return Arrays.stream(values.split(";")).map(entry -> entry.split("="))
                .map(pair -> new City(pair[0], Member.checkTimeZone(pair[1]).getId())).toList();
    }

    /** Cumulative probabilities of a Zipf distribution over n ranks. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
        return cumulative;
    }
}
