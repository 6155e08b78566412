package cedarpos.terminal.store.internal;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;

/** Staff members' language on this till, and the till's own. */
public interface PreferenceMapper {
    @Select("SELECT language FROM staff_preference WHERE staff_id = #{staffId}")
    String language(String staffId);

    @Insert("INSERT INTO staff_preference (staff_id, language, updated_at_ms) VALUES (#{staffId}, #{language},"
            + " #{atMs}) ON CONFLICT (staff_id) DO UPDATE SET language = excluded.language,"
            + " updated_at_ms = excluded.updated_at_ms")
    void setLanguage(String staffId, String language, long atMs);

    @Select("SELECT language FROM till_preference WHERE id = 1")
    String tillLanguage();

    @Insert("INSERT INTO till_preference (id, language, updated_at_ms) VALUES (1, #{language}, #{atMs})"
            + " ON CONFLICT (id) DO UPDATE SET language = excluded.language, updated_at_ms = excluded.updated_at_ms")
    void setTillLanguage(String language, long atMs);
}
