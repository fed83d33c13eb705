package org.docs2kg.extract;

import org.docs2kg.markdown.PageParser;
import org.docs2kg.markdown.TocParser;
import org.docs2kg.model.Extraction;
import org.docs2kg.model.Guide;
import org.docs2kg.model.Modality;
import org.docs2kg.model.Party;
import org.docs2kg.model.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC v2 §1: the bullets under a lead-in statement are statements with the lead-in's party and modality. */
class ListItemStatementsTest {
    private static final String INDEX = "# Widget Service User Guide\n\n"
            + "+ [Security in Widget Service](security.md)\n"
            + "   + [Data protection in Widget Service](dp.md)\n";
    private static final String PAGE = String.join("\n",
            "# Data protection in Widget Service",                                  // 1
            "",                                                                      // 2
            "We also recommend that you guard your widgets in the following ways:",  // 3
            "+ Turn on two-step sign-in for each account\\. It takes a minute\\.",    // 4
            "+ Use TLS for every widget call\\. We recommend TLS 1\\.3\\.",            // 5
            "+ Keep a log of widget calls\\.",                                        // 6
            "  + Nested detail that is not an item of the lead-in\\.",               // 7
            "",                                                                      // 8
            "These are the widget colours:",                                         // 9
            "+ Red\\.",                                                              // 10
            "");

    private static Extraction extract() {
        Guide guide = new Guide("widget-guide", "widget-guide/index.md", Optional.of(TocParser.parse(INDEX)),
                List.of(PageParser.parse("# Security in Widget Service\n\nSecurity is a shared responsibility "
                                + "between AWS and you\\.\n", "security.md", "widget-guide/security.md"),
                        PageParser.parse(PAGE, "dp.md", "widget-guide/dp.md")));
        return new Extractor().extract(guide);
    }

    @Test
    void eachBulletUnderALeadInIsAnItemWithItsOwnLine() {
        List<Statement> dp = extract().statements().stream().filter(s -> s.fileName().equals("dp.md")).toList();
        Statement leadIn = dp.get(0);
        assertEquals(3, leadIn.line());
        List<Statement> items = dp.stream().filter(s -> s.leadIn().isPresent()).toList();
        assertEquals(List.of("Turn on two-step sign-in for each account.", "Use TLS for every widget call.",
                "Keep a log of widget calls."), items.stream().map(Statement::text).toList());
        assertEquals(List.of(4, 5, 6), items.stream().map(Statement::line).toList());
        for (Statement item : items) {
            assertSame(leadIn, item.leadIn().orElseThrow());
            assertEquals(Party.CUSTOMER, item.party());
            assertEquals(Modality.RECOMMENDATION, item.modality());
        }
    }

    @Test
    void aCueInsideAnItemStaysItsOwnStatementAndOtherListsGiveNoItems() {
        List<Statement> dp = extract().statements().stream().filter(s -> s.fileName().equals("dp.md")).toList();
        assertTrue(dp.stream().anyMatch(s -> s.text().equals("We recommend TLS 1.3.") && s.leadIn().isEmpty()));
        assertTrue(dp.stream().noneMatch(s -> s.text().startsWith("Nested detail")), "nested bullets are not items");
        assertTrue(dp.stream().noneMatch(s -> s.text().equals("Red.")), "a lead-in that is no statement has no items");
    }
}
