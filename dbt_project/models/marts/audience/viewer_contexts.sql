{{ config(unique_key=['partner_id', 'session_id']) }}

with view_heartbeats as (

    select * from {{ ref('stg_sessionlens__view_heartbeats') }} {{ where_affected('sessions') }}

),

user_contexts as (

    select * from {{ ref('int_user_session_contexts_resolved') }} {{ where_affected('sessions') }}

),

play_starts as (

    select * from {{ ref('stg_sessionlens__play_starts') }} {{ where_affected('sessions') }}

),

live_viewers as (

    select distinct
        partner_id,
        session_id,
        user_id

    from view_heartbeats

),

-- Live side: the viewer's context in the session (none at all: every column null).
live_contexts as (

    select
        live_viewers.partner_id,
        live_viewers.session_id,
        live_viewers.user_id,
        'LIVE' as side,
        user_contexts.country,
        user_contexts.platform,
        user_contexts.device,
        user_contexts.os,
        user_contexts.browser

    from live_viewers
    left join user_contexts
        on live_viewers.partner_id = user_contexts.partner_id
        and live_viewers.session_id = user_contexts.session_id
        and live_viewers.user_id = user_contexts.user_id

),

-- Recording side: each play_started's own context, which may differ from the live one.
recording_contexts as (

    select
        partner_id,
        session_id,
        user_id,
        'RECORDING' as side,
        country,
        platform,
        device,
        os,
        browser

    from play_starts

),

final as (

    select * from live_contexts
    union
    select * from recording_contexts

)

select * from final
