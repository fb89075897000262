package dev.weft.cli;

import dev.weft.runtime.Limits;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-memory} and {@code --timeout}: the {@link Limits} of the guest. */
final class LimitOptions {
    private static final Pattern SIZE = Pattern.compile("(\\d+)([kmg]i?b?|b)?");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    @Option(names = "--max-memory", paramLabel = "SIZE", converter = Size.class,
            description = "Limit each linear memory of the guest to SIZE bytes (e.g. 64M, 1G; K, M, G are powers of 1024); "
                    + "memory.grow beyond it fails.")
    Long maxMemory;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Timeout.class,
            description = "Stop the guest with a trap if instantiating it or a call into it takes longer (e.g. 500ms, 5s, 2m).")
    Duration timeout;

    Limits limits() {
        Limits limits = Limits.NONE;
        if (maxMemory != null) limits = limits.withMaxMemoryBytes(maxMemory);
        if (timeout != null) limits = limits.withDeadline(timeout);
        return limits;
    }

    /** {@code 65536}, {@code 64K}, {@code 64M}, {@code 1G} (also {@code KiB}, {@code MB}...: all powers of 1024). */
    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) throw new TypeConversionException("'" + value + "' is not a size such as 64M or 1G");
            int shift = m.group(2) == null ? 0 : switch (m.group(2).charAt(0)) {
                case 'k' -> 10;
                case 'm' -> 20;
                case 'g' -> 30;
                default -> 0;
            };
            try {
                long n = Long.parseLong(m.group(1));
                if (n > Long.MAX_VALUE >> shift) throw new NumberFormatException();
                return n << shift;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is too large a size");
            }
        }
    }

    /** {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}; positive. */
    static final class Timeout implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) throw new TypeConversionException("'" + value + "' is not a duration such as 500ms or 5s");
            Duration d;
            try {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            } catch (ArithmeticException | NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is too long a duration");
            }
            if (d.isZero()) throw new TypeConversionException("the timeout must be positive, not " + value);
            return d;
        }
    }
}
