package cedarpos.terminal.store.internal;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;

/** Staff members' language on this till. */
public interface PreferenceMapper {
    @Select("SELECT language FROM staff_preference WHERE staff_id = #{staffId}")
    String language(String staffId);

    @Insert("INSERT INTO staff_preference (staff_id, language, updated_at_ms) VALUES (#{staffId}, #{language},"
            + " #{atMs}) ON CONFLICT (staff_id) DO UPDATE SET language = excluded.language,"
            + " updated_at_ms = excluded.updated_at_ms")
    void setLanguage(String staffId, String language, long atMs);
}
