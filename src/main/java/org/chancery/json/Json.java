package org.chancery.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.chancery.date.PartialDate;
import org.chancery.event.EventKind;
import org.chancery.mission.MissionKind;
import org.chancery.mission.Residence;
import org.chancery.person.PersonId;
import org.chancery.relations.RelationState;
import org.chancery.territory.TerritoryId;

/** The one configured {@link ObjectMapper}: ids and dates as their plain strings, kinds as slugs. */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    public static String writeLine(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static ObjectMapper create() {
        SimpleModule m = new SimpleModule("chancery");
        m.addSerializer(PartialDate.class, new ToStringSerializer<>(PartialDate.class));
        m.addSerializer(TerritoryId.class, new ToStringSerializer<>(TerritoryId.class));
        m.addSerializer(PersonId.class, new ToStringSerializer<>(PersonId.class));
        m.addSerializer(EventKind.class, new ToStringSerializer<>(EventKind.class));
        m.addSerializer(RelationState.class, new JsonSerializer<>() {
            @Override
            public void serialize(RelationState v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.slug());
            }
        });
        m.addSerializer(MissionKind.class, new SlugSerializer<>(MissionKind.class, MissionKind::slug));
        m.addSerializer(Residence.class, new SlugSerializer<>(Residence.class, Residence::slug));
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(m);
        mapper.findAndRegisterModules();
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return mapper;
    }

    private static final class SlugSerializer<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final java.util.function.Function<T, String> slug;

        SlugSerializer(Class<T> type, java.util.function.Function<T, String> slug) {
            this.type = type;
            this.slug = slug;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(slug.apply(value));
        }
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        private final Class<T> type;

        ToStringSerializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(value.toString());
        }
    }
}
