{{ config(unique_key=['partner_id', 'session_id']) }}

with player_impressions as (

    select * from {{ ref('stg_sessionlens__player_impressions') }} {{ where_affected('sessions') }}

),

plays as (

    select * from {{ ref('int_recording_plays_resolved') }} {{ where_affected('sessions') }}

),

impression_activities as (

    select
        partner_id,
        session_id,
        recording_id,
        user_id,
        'IMPRESSION' as activity,
        event_at as activity_at,
        null as play_id,
        false as has_play_start,
        null as duration_s,
        0.0 as minutes_viewed,
        null as completion_rate,
        country,
        region,
        city,
        platform,
        device,
        os,
        browser

    from player_impressions

),

play_activities as (

    select
        partner_id,
        session_id,
        recording_id,
        user_id,
        'PLAY' as activity,
        played_at as activity_at,
        play_id,
        has_play_start,
        duration_s,
        minutes_viewed,
        completion_rate,
        country,
        region,
        city,
        platform,
        device,
        os,
        browser

    from plays

),

final as (

    select * from impression_activities
    union all
    select * from play_activities

)

select * from final
