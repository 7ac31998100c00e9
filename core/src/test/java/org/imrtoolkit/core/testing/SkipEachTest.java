package org.imrtoolkit.core.testing;

import java.lang.reflect.Method;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Turns an assumption that fails in a {@code @BeforeAll} method (such as {@link SharedData#shared}
 * without {@code ../shared}) into a skip of each test of the class, with the assumption's message as
 * the reason. Without it JUnit aborts the class as one container and surefire counts its tests
 * nowhere. The class's other {@code @BeforeAll} methods are then skipped too. A failure (CI=true
 * without {@code ../shared}) is not an assumption and still fails the class.
 *
 * <p>Registered for every test class through {@code META-INF/services} and
 * {@code junit.jupiter.extensions.autodetection.enabled} (set for surefire in the root pom).
 */
public final class SkipEachTest implements InvocationInterceptor, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SkipEachTest.class);
    private static final String REASON = "reason";

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        if (context.getStore(NAMESPACE).get(REASON, String.class) != null) {
            invocation.skip();
            return;
        }
        try {
            invocation.proceed();
        } catch (TestAbortedException e) {
            String message = e.getMessage();
            context.getStore(NAMESPACE).put(REASON, message == null || message.isBlank()
                    ? "an assumption failed in " + method.getExecutable().getName() + "()" : message);
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("a class runs its @BeforeAll methods");
        }
        // a test's store sees its class's (and outer classes') entries
        String reason = context.getStore(NAMESPACE).get(REASON, String.class);
        return reason == null ? ConditionEvaluationResult.enabled("no @BeforeAll assumption failed")
                : ConditionEvaluationResult.disabled(reason);
    }
}
