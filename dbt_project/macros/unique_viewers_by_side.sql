{#
    The three distinct-viewer counts of a `viewer_contexts` grouping: live, recording
    and either side. Counted per group, never summed from finer groups, so a user who
    watched both live and a recording counts once in unique_viewers.
#}
{% macro unique_viewers_by_side() %}
    count(distinct case when side = 'LIVE' then user_id end) as live_unique_viewers,
    count(distinct case when side = 'RECORDING' then user_id end) as recording_unique_viewers,
    count(distinct user_id) as unique_viewers
{%- endmacro %}
