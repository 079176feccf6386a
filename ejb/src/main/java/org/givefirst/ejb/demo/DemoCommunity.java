package org.givefirst.ejb.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.givefirst.domain.member.ProfileDetails;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.member.AccountService;
import org.givefirst.ejb.member.MemberProfile;
import org.givefirst.ejb.member.Registration;
import org.givefirst.ejb.offer.OfferDraft;
import org.givefirst.ejb.offer.OfferService;

import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Seeds a small community — a dozen members, each with a profile and an offer — when {@code GIVEFIRST_DEMO=true} (MicroProfile Config key
 * {@code givefirst.demo}) and the database has no members yet. Every demo member signs in with
 * the password {@link #PASSWORD}; the README says so.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each member is its own use case
public class DemoCommunity {

    public static final String PASSWORD = "give first, then ask";

    private static final Logger LOG = Logger.getLogger(DemoCommunity.class.getName());

    @Inject
    @ConfigProperty(name = "givefirst.demo", defaultValue = "false")
    private boolean enabled;

    @EJB
    private AccountService accountService;

    @EJB
    private OfferService offerService;

    private record Person(String name, String email, String headline, String location, String bio, String skills,
                          Gift gift) {
    }

    /** What each demo member offers. */
    private record Gift(HelpKind kind, String title, int capacity) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Amélie Laurent", "amelie.laurent@demo.givefirst.org", "Biotech partnerships, Lyon",
                    "Lyon, France", "Twelve years connecting research labs with start-ups. Happy to introduce you to people in Lyon's biotech scene.",
                    "biotech,partnerships,introductions,lyon",
                    new Gift(HelpKind.INTRODUCTION, "Introductions to people in Lyon's biotech scene", 3)),
            new Person("Kwame Mensah", "kwame.mensah@demo.givefirst.org", "Staff backend engineer, payments",
                    "Accra, Ghana", "I build payment systems in Java and Go. I give references for backend engineers I have worked with, and review CVs.",
                    "java,backend,payments,go",
                    new Gift(HelpKind.REFERENCE, "References for backend engineers I have worked with", 2)),
            new Person("Sofía Herrera", "sofia.herrera@demo.givefirst.org", "Product manager moving teams to outcomes",
                    "Madrid, Spain", "Moved from engineering into product six years ago. Ask me about that move — I take three chats a month.",
                    "product management,career change,agile",
                    new Gift(HelpKind.CHAT, "20-minute chats about moving from engineering into product", 3)),
            new Person("李娜 (Li Na)", "li.na@demo.givefirst.org", "Data engineer, banking",
                    "Shanghai, China", "Data platforms for banks. I practise interviews with people applying for data engineering roles.",
                    "data engineering,banking,spark,interview practice",
                    new Gift(HelpKind.JOB_SEARCH_HELP, "Interview practice for data engineering roles", 2)),
            new Person("Jonas Becker", "jonas.becker@demo.givefirst.org", "Engineering manager, hiring for 10 years",
                    "Berlin, Germany", "I have read thousands of CVs. I will tell you honestly what yours says in the first ten seconds.",
                    "hiring,engineering management,cv review",
                    new Gift(HelpKind.JOB_SEARCH_HELP, "An honest ten-minute CV review", 4)),
            new Person("Priya Raghavan", "priya.raghavan@demo.givefirst.org", "UX researcher, healthcare",
                    "Bengaluru, India", "Research in hospitals and clinics. Glad to write recommendations for designers I have mentored.",
                    "ux research,healthcare,design",
                    new Gift(HelpKind.RECOMMENDATION, "Written recommendations for designers I have mentored", 2)),
            new Person("Tomás Ó Briain", "tomas.obriain@demo.givefirst.org", "Founder, climate software",
                    "Dublin, Ireland", "Second-time founder. Happy to talk fundraising basics and introduce you to early-stage investors.",
                    "startups,climate,fundraising",
                    new Gift(HelpKind.INTRODUCTION, "Introductions to early-stage climate investors", 2)),
            new Person("Fatima Zahra El Idrissi", "fatima.elidrissi@demo.givefirst.org", "Supply-chain lead, automotive",
                    "Casablanca, Morocco", "Supply chains across three continents. I give advice on moving from operations into consulting.",
                    "supply-chain,automotive,operations",
                    new Gift(HelpKind.ADVICE, "Advice on moving from operations into consulting", 3)),
            new Person("Mateus Oliveira", "mateus.oliveira@demo.givefirst.org", "Frontend engineer and mentor",
                    "Porto Alegre, Brazil", "Accessibility and TypeScript. I review portfolios for junior frontend developers.",
                    "frontend,typescript,accessibility,mentoring",
                    new Gift(HelpKind.JOB_SEARCH_HELP, "Portfolio reviews for junior frontend developers", 3)),
            new Person("Hannah Kowalski", "hannah.kowalski@demo.givefirst.org", "Recruiter turned career coach",
                    "Kraków, Poland", "Ten years in tech recruiting. Interview practice and salary negotiation, two sessions a month.",
                    "recruiting,career coaching,negotiation",
                    new Gift(HelpKind.CHAT, "Salary negotiation practice", 2)),
            new Person("Yuki Tanaka", "yuki.tanaka@demo.givefirst.org", "Security engineer",
                    "Osaka, Japan", "Application security and threat modelling. I give references for security engineers and take chats 🙂",
                    "security,threat modelling,python",
                    new Gift(HelpKind.REFERENCE, "References for security engineers", 2)),
            new Person("Samuel Okafor", "samuel.okafor@demo.givefirst.org", "Nonprofit finance director",
                    "Lagos, Nigeria", "Finance for nonprofits. I introduce people to boards looking for treasurers.",
                    "finance,nonprofit,board governance",
                    new Gift(HelpKind.INTRODUCTION, "Introductions to nonprofit boards looking for treasurers", 2)));

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        if (accountService.countMembers() > 0) {
            LOG.info("Demo community not seeded: the database already has members");
            return;
        }
        for (Person person : PEOPLE) {
            MemberProfile member = accountService.register(
                    new Registration(person.name(), person.email(), PASSWORD, true));
            List<Tag> skills = Arrays.stream(person.skills().split(",")).map(Tag::of).toList();
            accountService.updateProfile(member.id(), member.id(), new ProfileDetails(
                    person.name(), person.headline(), person.bio(), person.location(), skills));
            offerService.post(member.id(), new OfferDraft(person.gift().kind(), person.gift().title(), person.bio(),
                    skills, person.gift().capacity()));
        }
        LOG.info(() -> "Demo community seeded with " + PEOPLE.size() + " members");
    }
}
