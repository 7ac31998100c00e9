package org.imrtoolkit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.imrtoolkit.core.letter.DisputedItem;
import org.imrtoolkit.core.letter.LabeledCase;
import org.junit.jupiter.api.Test;

/**
 * The architecture as the build checks it, over the main classes of every module (this module's
 * test class path holds them all): no package cycle, dependencies one way, and the label kept
 * out of everything that computes a model's inputs or applies a model.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Other modules' tests come in test jars, which the option above does not recognise.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.imrtoolkit");

    @Test
    void noPackageCycles() {
        slices().matching("org.imrtoolkit.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void modulesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy("org.imrtoolkit.core..")
                .layer("features").definedBy("org.imrtoolkit.features..")
                .layer("reasons").definedBy("org.imrtoolkit.reasons..")
                .layer("model").definedBy("org.imrtoolkit.model..")
                .layer("train").definedBy("org.imrtoolkit.train..")
                .layer("predict").definedBy("org.imrtoolkit.predict..")
                .layer("store").definedBy("org.imrtoolkit.store..")
                .layer("app").definedBy("org.imrtoolkit.app..")
                .layer("cli").definedBy("org.imrtoolkit.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "cli")
                .whereLayer("train").mayOnlyBeAccessedByLayers("app", "cli")
                .whereLayer("predict").mayOnlyBeAccessedByLayers("store", "app", "cli")
                .whereLayer("reasons").mayOnlyBeAccessedByLayers("store", "app", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("train", "predict", "store", "app", "cli")
                .whereLayer("features").mayOnlyBeAccessedByLayers("reasons", "model", "train", "predict", "store", "app", "cli")
                .check(MAIN);
    }

    @Test
    void predictDoesNotDependOnTraining() {
        noClasses().that().resideInAPackage("org.imrtoolkit.predict..")
                .should().dependOnClassesThat().resideInAPackage("org.imrtoolkit.train..")
                .check(MAIN);
    }

    @Test
    void onlyTheStoresAdapterCallsTheOtherModules() {
        noClasses().that().resideInAPackage("org.imrtoolkit.store..")
                .and().doNotHaveFullyQualifiedName("org.imrtoolkit.store.Toolkit")
                .should().dependOnClassesThat().resideInAnyPackage("org.imrtoolkit.core..", "org.imrtoolkit.features..",
                        "org.imrtoolkit.reasons..", "org.imrtoolkit.model..", "org.imrtoolkit.predict..")
                .because("the store sees letters only as rows; store.Toolkit turns a parsed letter into them")
                .check(MAIN);
    }

    @Test
    void noModelInputOrModelReadsADecisionOrARationale() {
        noClasses().that().resideInAnyPackage("org.imrtoolkit.features..", "org.imrtoolkit.model..",
                        "org.imrtoolkit.train..", "org.imrtoolkit.predict..")
                .should().callMethod(DisputedItem.class, "decision")
                .orShould().callMethod(DisputedItem.class, "rationale")
                .because("a model's inputs come from the Case, which holds neither")
                .check(MAIN);
    }

    @Test
    void onlyTrainingReadsTheLabelOfALabeledCase() {
        noClasses().that().resideInAnyPackage("org.imrtoolkit.features..", "org.imrtoolkit.model..",
                        "org.imrtoolkit.predict..")
                .should().callMethod(LabeledCase.class, "decision")
                .because("the decision is a label: training reads it beside the Case, nothing else may")
                .check(MAIN);
    }
}
