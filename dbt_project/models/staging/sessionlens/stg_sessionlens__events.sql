with source as (

    select * from {{ source('sessionlens', 'events') }}

),

renamed as (

    select
        -- envelope
        event_id,
        event_type,
        cast(event_at as timestamp) as event_at,
        partner_id,
        user_id,
        session_id,
        source,

        -- context
        has_context,
        country,
        region,
        city,
        platform,
        device,
        os,
        os_version,
        browser,
        browser_version,
        sdk_version,

        -- sessions and services
        meeting_id,
        title,
        recording_id,
        service,

        -- participants
        name,
        job_title,
        company,
        industry,
        role,
        connect_ms,
        reason,

        -- live engagement
        tab_in_focus,
        fullscreen,
        sound_on,
        reaction,
        message_id,
        poll_id,
        question,
        poll_type,
        options,
        answers,
        thread_id,
        attachment_id,
        file_name,

        -- recordings
        play_id,
        start_s,
        end_s,
        duration_s,

        -- call quality
        media,
        direction,
        peer_user_id,
        jitter_ms,
        rtt_ms,
        bitrate_kbps,
        packet_loss_pct,
        width,
        height,
        fps,

        -- errors
        error_type,
        code,
        message,

        -- lineage
        source_file,
        line_number,
        batch_id

    from source

)

select * from renamed
