package dev.sinmun.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@code article.title} without Pebble's reflective lookup on every use: the public no-argument method named
 * {@code title} of a public class, found once per class and name. Anything else — a name that Pebble would resolve
 * differently ({@code getTitle}, {@code isTitle}, {@code hasTitle}, another spelling), arguments, maps and
 * collections, the JDK's classes — is left to Pebble's own resolver, so a template means the same either way.
 */
final class AccessorResolver implements AttributeResolver {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private final ClassValue<Map<String, Optional<Function<Object, Object>>>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Function<Object, Object>>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] argumentValues, ArgumentsNode args,
                                     EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || argumentValues != null || !(attributeName instanceof String name)) {
            return null;
        }
        Class<?> type = instance.getClass();
        Map<String, Optional<Function<Object, Object>>> byName = accessors.get(type);
        Optional<Function<Object, Object>> accessor = byName.get(name);
        if (accessor == null) {
            accessor = byName.computeIfAbsent(name, n -> find(type, n));
        }
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            return new ResolvedAttribute(accessor.get().apply(instance));
        } catch (RuntimeException e) {
            throw new PebbleException(e, "cannot read '" + name + "' of " + type.getSimpleName() + ": " + e.getMessage(),
                    lineNumber, filename);
        }
    }

    /** The accessor, when it is the one and only public method Pebble could take for {@code name}. */
    private static Optional<Function<Object, Object>> find(Class<?> type, String name) {
        if (!Modifier.isPublic(type.getModifiers()) || type.isArray() || Map.class.isAssignableFrom(type)
                || Map.Entry.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || Iterable.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        Method accessor = null;
        for (Method m : type.getMethods()) {
            String candidate = m.getName();
            boolean clash = candidate.equalsIgnoreCase("get" + name) || candidate.equalsIgnoreCase("is" + name)
                    || candidate.equalsIgnoreCase("has" + name);
            if (clash || (candidate.equalsIgnoreCase(name) && !(candidate.equals(name) && m.getParameterCount() == 0))) {
                return Optional.empty();
            }
            if (candidate.equals(name)) {
                accessor = m;
            }
        }
        if (accessor == null || Modifier.isStatic(accessor.getModifiers()) || accessor.getReturnType() == void.class
                || isPlatform(accessor.getDeclaringClass())
                || !Modifier.isPublic(accessor.getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.ofNullable(compile(accessor));
    }

    /** The accessor as a plain {@link Function}, so calling it costs what a call in Java code costs; null if it cannot be. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> compile(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle handle = lookup.unreflect(accessor);
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    GETTER, handle, handle.type().wrap());
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            return null;
        }
    }

    /** The JDK's own classes stay with Pebble, whose method access validator guards them. */
    private static boolean isPlatform(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }
}
